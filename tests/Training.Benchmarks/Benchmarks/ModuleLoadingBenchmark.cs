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

    private const string ColdMiss =
        "Why: the baseline only reads bytes and maps assemblies, while the catalog parses every manifest and lesson front matter (YAML), every GIFT quiz, and runs every plugin's entry point and service container. " +
        "Profiled (perf, and the runtime's JIT summary): in a fresh process most of the gap is JIT compilation of that parsing code (YamlDotNet, the GIFT reader, McMaster's and DI's set-up) — this child is JIT-compiled, while the published host is ReadyToRun (compare the CPU times of the two `training modules list` rows). " +
        "What would fix the rest: load independent modules in parallel (manifests, lessons and quizzes of modules that do not require each other parse independently), and a cache of validated content keyed by file size and time so unchanged modules skip parsing.";

    private const string WarmMiss =
        "Why: with the code compiled, the gap is the parsing itself (about 700 YAML documents and 150 GIFT files here) and, per plugin, a new collectible load context whose code the runtime compiles again, fully optimized, on every load. " +
        "What would fix it: parallel loading of independent modules, and a validated-content cache (see the cold row).";

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
                s_goal).ExplainMiss(ColdMiss),
            new Figure(
                $"Module catalog ready, warm, in process ({size})",
                Measurement.Time(warm.Median, "ModuleCatalogLoader.Load over the same modules in a warm process (manifests, lessons, GIFT quizzes, plugin entry points, question types), collectible plugin contexts as a long-running host keeps them, then unload", warm.Count),
                Measurement.Time(warmBaseline.Median, "raw McMaster load (collectible contexts) + raw reads, same process", warmBaseline.Count),
                s_goal).ExplainMiss(WarmMiss),
        ];
    }
}
