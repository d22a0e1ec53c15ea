using System.Reflection;

namespace Training.Benchmarks.Fixtures;

/// <summary>
/// The real <c>training</c> host, as built by host/Training.Cli in the configuration of this program
/// (Release for the documented command), with its shipped modules beside it.
/// </summary>
internal static class TrainingHost
{
    public static string Configuration =>
        typeof(TrainingHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    public static string Directory => Path.Combine(Fixtures.Repository.Root, "host", "Training.Cli", "bin", Configuration, "net10.0");

    /// <summary>The native launcher users run (<c>training</c>), falling back on <c>dotnet training.dll</c>.</summary>
    public static (string FileName, IReadOnlyList<string> Prefix) Command
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

    /// <summary>Runs <c>training ARGS</c> with a data folder of its own.</summary>
    public static Harness.ProcessRun Run(string dataDirectory, params string[] args)
    {
        var (fileName, prefix) = Command;
        return Harness.ProcessRun.Start(fileName, [.. prefix, .. args], new Dictionary<string, string> { ["TRAINING_DATA"] = dataDirectory });
    }
}
