using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// Module loading (#7): the catalog over the shipped modules plus 50 generated content packs and 20
/// generated code plugins, against the raw floor under it (McMaster loads of the same assemblies and
/// reads of the same files), warm in one process and cold from the start of a process.
/// </summary>
internal sealed class ModuleLoadingBenchmark : IBenchmark
{
    private static readonly Goal s_goal = Goal.RatioAtMost(
        1.5,
        "Module loading: start of the host to catalog ready, with the shipped modules plus 50 generated content packs and 20 generated code plugins; baseline: raw McMaster load of the same assemblies and raw reads of the same files. Goals: within 1.5x of the baseline",
        "#7");

    public string Name => "modules.catalog";

    public int Order => 10;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        var generated = context.GeneratedModules;
        IReadOnlyList<string> extra = [generated.Directory];
        var shipped = ModuleFolders.In([BenchmarkContext.ShippedModulesDirectory]).Count;
        var size = $"{shipped} shipped + {generated.ContentPacks.Count} content packs + {generated.CodePlugins.Count} code plugins";

        var (warm, warmBaseline) = Sampler.Compare(
            () => CatalogWork.Load(extra).Dispose(),
            () => CatalogWork.LoadRaw(extra).Dispose(),
            context.Warmups,
            context.Runs);

        var (child, childArguments) = ChildMode.Command("catalog", extra);
        var (rawChild, rawArguments) = ChildMode.Command("raw", extra);
        var (cold, coldBaseline) = Sampler.CompareProcesses(
            () => ProcessRun.Start(child, childArguments).EnsureSuccess("the catalog child"),
            () => ProcessRun.Start(rawChild, rawArguments).EnsureSuccess("the raw-load child"),
            context.ProcessRuns);

        return
        [
            new Figure(
                $"Module catalog ready, cold process ({size})",
                Measurement.Time(cold.Median, "a new process (this program, --child catalog) from start to exit: runtime start, then the catalog loaded with every module, plugins in plain load contexts as the `training` host loads them", cold.Count),
                Measurement.Time(coldBaseline.Median, "raw McMaster load of the same plugin assemblies (same kind of load context, same shared types) + raw reads of the same files, new process", coldBaseline.Count),
                s_goal),
            new Figure(
                $"Module catalog ready, warm, in process ({size})",
                Measurement.Time(warm.Median, "ModuleCatalogLoader.Load over the same modules in a warm process (manifests, lessons, GIFT quizzes, plugin entry points, question types), collectible plugin contexts as a long-running host keeps them, then unload", warm.Count),
                Measurement.Time(warmBaseline.Median, "raw McMaster load (collectible contexts) + raw reads, same process", warmBaseline.Count),
                s_goal),
        ];
    }
}
