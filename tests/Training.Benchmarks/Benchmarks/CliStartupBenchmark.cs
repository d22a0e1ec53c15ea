using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// <c>training modules list</c> from a cold process (#7), with every shipped and generated module,
/// against <c>training --version</c> from a cold process: the same launcher, runtime start and
/// command-line parsing, and no module.
/// </summary>
internal sealed class CliStartupBenchmark : IBenchmark
{
    public string Name => "cli.modules-list";

    public int Order => 20;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var generated = context.GeneratedModules;
        var data = context.Folder("cli-data");
        var (list, version) = Sampler.CompareProcesses(
            () => Expect(TrainingHost.Run(data, "modules", "list", "--modules", generated.Directory).EnsureSuccess("training modules list"), generated),
            () => TrainingHost.Run(data, "--version").EnsureSuccess("training --version"),
            context.ProcessRuns);
        return
        [
            new Figure(
                $"`training modules list`, cold process ({generated.Count} generated + shipped modules)",
                Measurement.Time(list.Median, $"the real `training` launcher ({TrainingHost.Configuration} build) run as `training modules list --modules GENERATED`, start to exit, table on a redirected stdout", list.Count),
                Measurement.Time(version.Median, "`training --version`, cold", version.Count),
                Goal.AtMost(1000, MeasurementUnit.Milliseconds, "`training modules list` from a cold process under 1 s", "#7")),
        ];
    }

    private static ProcessRun Expect(ProcessRun run, GeneratedModuleSet generated)
    {
        // The figure only counts if every module was there and loaded.
        var last = generated.CodePlugins.Count > 0 ? generated.CodePlugins[^1] : generated.ContentPacks[^1];
        return run.Output.Contains(last, StringComparison.Ordinal) && !run.Output.Contains("failed", StringComparison.Ordinal)
            ? run
            : throw new InvalidOperationException("training modules list did not list every generated module as loaded: " + run.Output);
    }
}
