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
    private static readonly Goal s_goal = Goal.AtMost(1000, MeasurementUnit.Milliseconds, "`training modules list` from a cold process under 1 s", "#7");

    public string Name => "cli.modules-list";

    public int Order => 20;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var generated = context.GeneratedModules;
        var shipped = context.Host;
        var figures = new List<Figure> { Measure(context, shipped, generated, s_goal) };
        if (context.Scale != BenchmarkScale.Tiny)
        {
            // What the same command costs without ReadyToRun, as `dotnet build` leaves it (for information).
            figures.Add(Measure(context, TrainingHost.Built, generated, null));
        }

        return figures;
    }

    private static Figure Measure(BenchmarkContext context, TrainingHost host, GeneratedModuleSet generated, Goal? goal)
    {
        var data = context.Folder("cli-data");
        var cpu = new List<TimeSpan>();
        var (list, version) = Sampler.CompareProcesses(
            () =>
            {
                var run = Expect(host.Run(data, "modules", "list", "--modules", generated.Directory).EnsureSuccess("training modules list"), generated);
                cpu.Add(run.Cpu);
                return run;
            },
            () => host.Run(data, "--version").EnsureSuccess("training --version"),
            context.ProcessRuns);

        // The first run warms the disk cache and is not in the samples.
        var cpuMedian = new Sample(cpu.Skip(1).ToList()).Median;
        var figure = new Figure(
            $"`training modules list`, cold process ({generated.Count} generated + shipped modules), {(goal is null ? "build output" : "published host")}",
            Measurement.Time(list.Median, $"the real `training` launcher, {host.Description}, run as `training modules list --modules GENERATED`, start to exit, table on a redirected stdout", list.Count),
            Measurement.Time(version.Median, "`training --version`, cold, same host", version.Count),
            goal)
        {
            Note = $"CPU time of the same runs (user + system, all threads; median): {cpuMedian.TotalMilliseconds:N0} ms. On a shared machine the wall time also counts waiting for a core.",
        };
        return figure.ExplainMiss(
            "Why: the command loads and validates every module before listing them (status and counts come from loading them all): 76 manifests, about 560 lesson files, 150 GIFT quizzes and 25 plugin load contexts. " +
            "Profiled (perf, the runtime's JIT summary, stage timings): without ReadyToRun a third of the CPU went to the JIT; the host now publishes ReadyToRun (compare the CPU times of the two rows), runs without tiered PGO, and loads plugins in plain (non-collectible) contexts, whose code gets tiered compilation (about 200 ms of CPU less for these 25 plugins). " +
            "What remains is the work itself plus McMaster's per-plugin context set-up (about 4 ms of CPU per plugin). What would fix it: load independent modules in parallel on the second core, and cache validated content by file size and time so an unchanged module is not parsed again.");
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
