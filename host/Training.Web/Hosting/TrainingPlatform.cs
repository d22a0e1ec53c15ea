using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Certificates;
using Training.Engine.Cohorts;
using Training.Engine.Hosting;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;
using Training.Web.Administration;

namespace Training.Web.Hosting;

/// <summary>
/// The engine as the web host uses it: the module catalog, loaded once at startup, and the learning
/// records over the data folder's <c>training.db</c>. One per application; thread-safe.
/// </summary>
internal sealed class TrainingPlatform : IDisposable
{
    private readonly SqliteLearningStore _store;
    private readonly LazyCertificateIssuer _issuer;

    public TrainingPlatform(WebHostOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Directory.CreateDirectory(options.DataDirectory);
        SearchOptions = new ModuleSearchOptions
        {
            ShippedDirectory = options.ShippedModulesDirectory,
            InstalledDirectory = DataFolder.InstalledModules(options.DataDirectory),
            ExtraDirectories = options.ExtraModuleDirectories,
        };
        Catalog = new ModuleCatalogLoader().Load(SearchOptions);
        try
        {
            _store = SqliteLearningStore.Open(options.DataDirectory, SqliteStoreOptions.FromEnvironment());
        }
        catch
        {
            Catalog.Dispose();
            throw;
        }

        _issuer = new LazyCertificateIssuer(options.DataDirectory);
        Records = new LearningRecords(_store, Catalog, time, _issuer);
        Accounts = new UserAccounts(_store, time);
        Access = new TrainingAccess(Records, new CohortService(Records), Accounts, ModuleInstalls.Target(SearchOptions, Records));
    }

    public WebHostOptions Options { get; }

    public TimeProvider Time { get; }

    public ModuleCatalog Catalog { get; }

    /// <summary>Where modules were looked for at startup; package installs check against the same folders.</summary>
    public ModuleSearchOptions SearchOptions { get; }

    public LearningRecords Records { get; }

    public UserAccounts Accounts { get; }

    /// <summary>The engine's access boundary: every page acts through the workspace of the signed-in principal.</summary>
    public TrainingAccess Access { get; }

    /// <summary>The records database, for services built over the same store (accounts).</summary>
    public SqliteLearningStore Store => _store;

    /// <summary>The public half of this data folder's issuer key, or null before any certificate was issued.</summary>
    /// <returns>The key; the caller disposes it.</returns>
    public IssuerPublicKey? FindIssuerPublicKey() => IssuerKey.FindPublicKey(Options.DataDirectory);

    public void Dispose()
    {
        _issuer.Dispose();
        _store.Dispose();
        Catalog.Dispose();
    }
}
