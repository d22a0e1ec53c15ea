using Training.Benchmarks.Fixtures;

namespace Training.Benchmarks.Harness;

/// <summary>What a benchmark gets: the scale, a work folder of its own, fixtures shared by benchmarks, and a log.</summary>
internal sealed class BenchmarkContext : IDisposable
{
    private readonly Lazy<GeneratedModuleSet> _generated;
    private readonly Lazy<CohortDatabase> _cohort;
    private readonly Lazy<TrainingHost> _host;

    public BenchmarkContext(BenchmarkScale scale, string workDirectory, TextWriter log, bool keep = false)
    {
        Keep = keep;
        Scale = scale;
        WorkDirectory = workDirectory;
        Log = log;
        Directory.CreateDirectory(workDirectory);
        _generated = new(() => ModuleGenerator.Generate(
            Path.Combine(workDirectory, "generated-modules"),
            contentPacks: Size(50, 50, 1),
            codePlugins: Size(20, 20, 1),
            log));
        // At tiny scale (the CI test) a publish would take longer than everything else: the build output stands in.
        _host = new(() => scale == BenchmarkScale.Tiny ? TrainingHost.Built : TrainingHost.Publish(log));
        _cohort = new(() => CohortDatabase.Create(Path.Combine(workDirectory, "cohort"), Size(10_000, 1_000, 20), log));
    }

    public BenchmarkScale Scale { get; }

    /// <summary>Whether the work folder is left in place at the end.</summary>
    public bool Keep { get; }

    /// <summary>A folder for databases and generated files, deleted after the run.</summary>
    public string WorkDirectory { get; }

    public TextWriter Log { get; }

    /// <summary>Runs before measuring (JIT, caches, file system).</summary>
    public int Warmups => Size(2, 1, 0);

    /// <summary>Measured runs of in-process operations; the figure is their median.</summary>
    public int Runs => Size(9, 5, 1);

    /// <summary>Measured runs of whole processes (each costs a process start).</summary>
    public int ProcessRuns => Size(7, 3, 1);

    /// <summary>The modules shipped with the host, laid out beside this program as the host has them.</summary>
    public static string ShippedModulesDirectory => Directory.Exists(Path.Combine(AppContext.BaseDirectory, "modules"))
        ? Path.Combine(AppContext.BaseDirectory, "modules")
        : throw new DirectoryNotFoundException($"The shipped modules are not laid out in {AppContext.BaseDirectory}modules: import build/ShippedModules.targets in the project that runs the benchmarks.");

    /// <summary>The generated content packs and code plugins (50 and 20 at full scale), made once per run.</summary>
    public GeneratedModuleSet GeneratedModules => _generated.Value;

    /// <summary>A records database with one cohort of 10,000 trainees on a 40-item track (full scale), seeded once per run.</summary>
    public CohortDatabase CohortDatabase => _cohort.Value;

    /// <summary>The host as it ships (published, ReadyToRun), made once per run; the build output at tiny scale.</summary>
    public TrainingHost Host => _host.Value;

    /// <summary>Picks a size by scale.</summary>
    public int Size(int full, int quick, int tiny) => Scale switch
    {
        BenchmarkScale.Full => full,
        BenchmarkScale.Quick => quick,
        _ => tiny,
    };

    /// <summary>A fresh folder below the work folder.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(WorkDirectory, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        if (_cohort.IsValueCreated)
        {
            _cohort.Value.Dispose();
        }

        if (Keep)
        {
            Log.WriteLine($"The work folder is kept: {WorkDirectory}");
            return;
        }

        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A plugin still mapped by an unloading context must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
