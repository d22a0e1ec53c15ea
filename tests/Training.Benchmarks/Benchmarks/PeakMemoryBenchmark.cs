using System.Globalization;
using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// Peak memory of the host with every shipped and generated module loaded (#7): the peak resident
/// set of a real <c>training modules list</c> process, read from the kernel after it exits, against
/// the peak of <c>training --version</c> (the runtime and the host with no module).
/// </summary>
internal sealed class PeakMemoryBenchmark : IBenchmark
{
    public string Name => "host.peak-memory";

    public int Order => 90;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var generated = context.GeneratedModules;
        var data = context.Folder("memory-data");
        var host = context.Host;
        var (fileName, prefix) = host.Command;
        var environment = new Dictionary<string, string> { ["TRAINING_DATA"] = data };
        double Peak(params string[] args)
        {
            var (child, arguments) = ChildMode.Command("peak", [fileName, .. prefix, .. args]);
            var run = ProcessRun.Start(child, arguments, environment).EnsureSuccess("the peak-memory child");
            return long.Parse(run.Output.Trim(), CultureInfo.InvariantCulture) / (1024.0 * 1024.0);
        }

        var loaded = new List<double>();
        var bare = new List<double>();
        for (var i = 0; i < context.ProcessRuns; i++)
        {
            bare.Add(Peak("--version"));
            loaded.Add(Peak("modules", "list", "--modules", generated.Directory));
        }

        return
        [
            new Figure(
                $"Peak memory of the host with every module loaded ({generated.Count} generated + shipped)",
                new Measurement(Median(loaded), MeasurementUnit.Megabytes, $"the peak resident set (getrusage ru_maxrss) of `training modules list --modules GENERATED`, {host.Description}", loaded.Count),
                new Measurement(Median(bare), MeasurementUnit.Megabytes, "`training --version`", bare.Count),
                Goal.AtMost(200, MeasurementUnit.Megabytes, "Peak memory of the host with every shipped and generated module loaded (goal under 200 MB)", "#7")),
        ];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
