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
    private TrainingAccess? _access;

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

    /// <summary>The access boundary over the records; the command line acts as <see cref="Principal.LocalOperator"/>.</summary>
    public TrainingAccess Access => _access ??= new TrainingAccess(Records, new CohortService(Records), new UserAccounts(_store!, Time));

    /// <summary>The admin workspace of the local operator (who can read the data folder anyway).</summary>
    public AdminWorkspace Admin => Access.ForAdmin(Principal.LocalOperator);

    public void Dispose()
    {
        _issuer?.Dispose();
        _store?.Dispose();
        _catalog?.Dispose();
    }

    private LearningRecords OpenRecords()
    {
        SqliteStoreOptions options;
        try
        {
            options = SqliteStoreOptions.FromEnvironment();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }

        Directory.CreateDirectory(DataDirectory);
        _store = SqliteLearningStore.Open(DataDirectory, options);
        _issuer = new LazyCertificateIssuer(DataDirectory);
        return new LearningRecords(_store, Catalog, Time, _issuer);
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
        var options = SearchOptions;

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
