using System.Text.Json;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Records;

/// <summary>A real SQLite store in a temp folder, the records test modules at a chosen version, a manual clock and a fake issuer.</summary>
internal sealed class RecordsFixture : IDisposable
{
    private readonly List<ModuleCatalog> _catalogs = [];

    public RecordsFixture(string version = "v1")
    {
        Store = SqliteLearningStore.Open(Folder.Path, new SqliteStoreOptions { Time = Clock });
        Records = Use(version);
    }

    public static string ModulesRoot => Path.Combine(RepositoryPaths.Root, "tests", "modules", "records");

    public TempDirectory Folder { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public FakeCertificateIssuer Issuer { get; } = new();

    public SqliteLearningStore Store { get; }

    public LearningRecords Records { get; private set; }

    public ModuleCatalog Catalog => _catalogs[^1];

    public static ModuleCatalog LoadCatalog(string version) => new ModuleCatalogLoader().Load(new ModuleSearchOptions
    {
        ExtraDirectories = [Path.Combine(ModulesRoot, "common"), Path.Combine(ModulesRoot, version)],
    });

    public static JsonElement Sheet(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Installs another version of rec.basics: a new catalog over the same store.</summary>
    public LearningRecords Use(string version)
    {
        var catalog = LoadCatalog(version);
        if (catalog.FindLoaded("rec.basics") is null || catalog.FindLoaded("rec.advanced") is null)
        {
            throw new InvalidOperationException("The records test modules did not load: " + string.Join("; ", catalog.Modules.SelectMany(m => m.Diagnostics)));
        }

        _catalogs.Add(catalog);
        Records = new LearningRecords(Store, catalog, Clock, Issuer);
        return Records;
    }

    public void Dispose()
    {
        Store.Dispose();
        foreach (var catalog in _catalogs)
        {
            catalog.Dispose();
        }

        Folder.Dispose();
    }
}
