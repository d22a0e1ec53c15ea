using System.Globalization;
using Training.Benchmarks.Fixtures;

namespace Training.Benchmarks.Harness;

/// <summary>
/// What this program does when a benchmark starts it as a child process (<c>--child MODE ...</c>):
/// the cold-process figures time a fresh process doing one thing, and the peak-memory figure reads
/// the peak of the one process it starts.
/// </summary>
internal static class ChildMode
{
    public const string Flag = "--child";

    /// <summary>The arguments that start this program in a child mode.</summary>
    public static (string FileName, IReadOnlyList<string> Arguments) Command(string mode, IEnumerable<string> arguments)
    {
        var self = Path.Combine(AppContext.BaseDirectory, typeof(ChildMode).Assembly.GetName().Name + ".dll");
        return ("dotnet", [self, Flag, mode, .. arguments]);
    }

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var mode = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        switch (mode)
        {
            // A child is a host that exits when done, as the CLI: plain plugin contexts, as the CLI loads them.
            case "catalog":
                using (var catalog = CatalogWork.Load(rest, unloadable: false))
                {
                    output.WriteLine($"modules {catalog.Modules.Count}");
                }

                return 0;
            case "raw":
                using (var raw = CatalogWork.LoadRaw(rest, unloadable: false))
                {
                    output.WriteLine($"plugins {raw.Plugins} bytes {raw.Bytes}");
                }

                return 0;
            case "peak" when rest.Count > 0:
                var run = ProcessRun.Start(rest[0], rest.Skip(1));
                if (run.ExitCode != 0)
                {
                    error.WriteLine($"{rest[0]} exited with {run.ExitCode}: {run.Error}");
                    return run.ExitCode;
                }

                output.WriteLine(PeakMemory.OfFinishedChildren().ToString(CultureInfo.InvariantCulture));
                return 0;
            default:
                error.WriteLine($"error: unknown child mode '{mode}'.");
                return 2;
        }
    }
}
