using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Records;

/// <summary>A real SQLite store with the review test modules (tests/modules/review) at a chosen version, a manual clock and a fake issuer.</summary>
internal sealed class ReviewFixture : IDisposable
{
    private readonly List<ModuleCatalog> _catalogs = [];

    public ReviewFixture(string version = "v1")
    {
        Store = SqliteLearningStore.Open(Folder.Path, new SqliteStoreOptions { Time = Clock });
        Records = Use(version);
    }

    public TempDirectory Folder { get; } = new();

    public ManualTimeProvider Clock { get; } = new();

    public FakeCertificateIssuer Issuer { get; } = new();

    public SqliteLearningStore Store { get; }

    public LearningRecords Records { get; private set; }

    /// <summary>Installs a version of rev.essays: a new catalog over the same store.</summary>
    public LearningRecords Use(string version)
    {
        var catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ExtraDirectories = [Path.Combine(RepositoryPaths.Root, "tests", "modules", "review", version)],
        });
        if (catalog.FindLoaded("rev.essays") is null)
        {
            throw new InvalidOperationException("The review test module did not load: " + string.Join("; ", catalog.Modules.SelectMany(m => m.Diagnostics)));
        }

        _catalogs.Add(catalog);
        Records = new LearningRecords(Store, catalog, Clock, Issuer);
        return Records;
    }

    /// <summary>Adds a trainee enrolled in rev.track.</summary>
    public void Enrolled(string trainee)
    {
        Records.AddTrainee(trainee, "Trainee " + trainee);
        Records.Enroll(trainee, "rev.track");
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
