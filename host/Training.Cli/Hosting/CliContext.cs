using System.CommandLine;
using Spectre.Console;
using Training.Cli.Output;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Certificates;
using Training.Engine.Cohorts;
using Training.Engine.Hosting;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite;

namespace Training.Cli.Hosting;

/// <summary>What a command needs from one invocation: the global options, output, and the module catalog.</summary>
internal sealed class CliContext : IDisposable
{
    private ModuleCatalog? _catalog;
    private SqliteLearningStore? _store;
    private LearningRecords? _records;
    private LazyCertificateIssuer? _issuer;
    private TrainingAccess? _accountsAccess;
    private ModuleCatalog? _noModules;

    public CliContext(ParseResult parse, GlobalOptions options, TextWriter stdout, TextWriter stderr)
    {
        DataDirectory = DataFolder.Resolve(parse.GetValue(options.Data));
        ExtraModuleDirectories = parse.GetValue(options.Modules) ?? [];
        Language = parse.GetValue(options.Lang) ?? "fr";
        Json = parse.GetValue(options.Json);
        Verbose = parse.GetValue(options.Verbose);
        Out = new CliOutput(stdout, stderr, Json);
    }

    public string DataDirectory { get; }

    public string InstalledModulesDirectory => DataFolder.InstalledModules(DataDirectory);

    public IReadOnlyList<string> ExtraModuleDirectories { get; }

    public string Language { get; }

    public bool Json { get; }

    public bool Verbose { get; }

    public CliOutput Out { get; }

    public ModuleCatalog Catalog => _catalog ??= LoadCatalog();

    /// <summary>The learning records in the data folder's training.db, created on first use.</summary>
    public LearningRecords Records => _records ??= OpenRecords();

    public TimeProvider Time { get; } = TimeProvider.System;

    /// <summary>
    /// The admin workspace of the local operator (who can read the data folder anyway) for account
    /// commands (users, cohort coordinators): they touch no module, so none is loaded and they start fast.
    /// </summary>
    public AdminWorkspace AccountsAdmin => (_accountsAccess ??= OpenAccountsAccess()).ForAdmin(Principal.LocalOperator);

    public void Dispose()
    {
        _issuer?.Dispose();
        _store?.Dispose();
        _catalog?.Dispose();
        _noModules?.Dispose();
    }

    /// <summary>The store options of this invocation (durability from TRAINING_DURABILITY).</summary>
    public SqliteStoreOptions StoreOptions()
    {
        try
        {
            return SqliteStoreOptions.FromEnvironment() with { Time = Time };
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private LearningRecords OpenRecords()
    {
        var store = OpenStore();
        _issuer = new LazyCertificateIssuer(DataDirectory);
        return new LearningRecords(store, Catalog, Time, _issuer);
    }

    private TrainingAccess OpenAccountsAccess()
    {
        var store = OpenStore();
        _noModules = new ModuleCatalogLoader().Load(new ModuleSearchOptions());
        var records = new LearningRecords(store, _noModules, Time);
        return new TrainingAccess(records, new CohortService(records), new UserAccounts(store, Time));
    }

    private SqliteLearningStore OpenStore()
    {
        if (_store is not null)
        {
            return _store;
        }

        var options = StoreOptions();
        Directory.CreateDirectory(DataDirectory);
        return _store = SqliteLearningStore.Open(DataDirectory, options);
    }

    /// <summary>The module search locations of this invocation: shipped, installed, then --modules.</summary>
    public ModuleSearchOptions SearchOptions => new()
    {
        ShippedDirectory = Path.Combine(AppContext.BaseDirectory, "modules"),
        InstalledDirectory = InstalledModulesDirectory,
        ExtraDirectories = ExtraModuleDirectories.Select(Path.GetFullPath).ToList(),
    };

    private ModuleCatalog LoadCatalog()
    {
        // The process ends with the command: nothing gains from unloading plugins, and their code
        // starts faster in plain load contexts (tiered compilation).
        var options = SearchOptions with { UnloadablePlugins = false };

        if (!Out.IsInteractive)
        {
            return new ModuleCatalogLoader().Load(options);
        }

        // Loading many plugins takes a moment: show it, on stderr so stdout stays clean.
        ModuleCatalog? catalog = null;
        Out.ErrorConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Texts.Get(Language, "loading-modules"), maxValue: 1);
                var reporter = new SynchronousProgress<ModuleLoadProgress>(p =>
                {
                    task.MaxValue = Math.Max(p.Total, 1);
                    task.Value = p.Done;
                });
                catalog = new ModuleCatalogLoader().Load(options with { Progress = reporter });
            });
        return catalog!;
    }
}
