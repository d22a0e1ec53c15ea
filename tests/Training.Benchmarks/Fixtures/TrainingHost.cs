using System.Reflection;
using System.Runtime.InteropServices;
using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Fixtures;

/// <summary>A real <c>training</c> host on disk, with its shipped modules beside it.</summary>
/// <param name="Directory">The folder holding the launcher and <c>modules/</c>.</param>
/// <param name="Description">How it was made, for the report.</param>
internal sealed record TrainingHost(string Directory, string Description)
{
    public static string Configuration =>
        typeof(TrainingHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>host/Training.Cli's <c>dotnet build</c> output in this program's configuration (JIT-compiled at run time).</summary>
    public static TrainingHost Built => new(
        Path.Combine(Repository.Root, "host", "Training.Cli", "bin", Configuration, "net10.0"),
        $"`dotnet build -c {Configuration}` output (no ReadyToRun)");

    /// <summary>The native launcher users run (<c>training</c>), falling back on <c>dotnet training.dll</c>.</summary>
    public (string FileName, IReadOnlyList<string> Prefix) Command
    {
        get
        {
            var launcher = Path.Combine(Directory, OperatingSystem.IsWindows() ? "training.exe" : "training");
            if (File.Exists(launcher))
            {
                return (launcher, []);
            }

            var dll = Path.Combine(Directory, "training.dll");
            return File.Exists(dll) ? ("dotnet", [dll]) : throw new FileNotFoundException("Build host/Training.Cli first.", dll);
        }
    }

    /// <summary>
    /// Publishes host/Training.Cli as it ships (<c>dotnet publish -c Release -r RID</c>: ReadyToRun, shipped
    /// modules laid out) into artifacts/benchmarks/training; incremental, so a second run is quick.
    /// </summary>
    public static TrainingHost Publish(TextWriter log)
    {
        var output = Path.Combine(Repository.Root, "artifacts", "benchmarks", "training");
        var rid = RuntimeInformation.RuntimeIdentifier;
        var project = Path.Combine(Repository.Root, "host", "Training.Cli", "Training.Cli.csproj");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ProcessRun.Start("dotnet", ["publish", project, "-c", "Release", "-r", rid, "-o", output, "-nologo", "-v:q"], timeout: TimeSpan.FromMinutes(8))
            .EnsureSuccess("dotnet publish host/Training.Cli");
        log.WriteLine($"  published the host ({rid}, ReadyToRun) in {watch.Elapsed.TotalSeconds:F0} s");
        return new TrainingHost(output, $"`dotnet publish -c Release -r {rid}` output (ReadyToRun, as shipped)");
    }

    /// <summary>Runs <c>training ARGS</c> with a data folder of its own.</summary>
    public ProcessRun Run(string dataDirectory, params string[] args)
    {
        var (fileName, prefix) = Command;
        return ProcessRun.Start(fileName, [.. prefix, .. args], new Dictionary<string, string> { ["TRAINING_DATA"] = dataDirectory });
    }
}
