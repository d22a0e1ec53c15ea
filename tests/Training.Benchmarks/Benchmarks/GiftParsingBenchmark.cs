using System.Text;
using Training.Benchmarks.Fixtures;
using Training.Benchmarks.Harness;
using Training.Engine.Quizzes;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Content;

namespace Training.Benchmarks.Benchmarks;

/// <summary>
/// GIFT parsing (#3) in MB/s on one core: the shipped quizzes (real MOPA content, plugin question
/// types included) and the generated ones (every built-in type, short questions), against a plain
/// line scan of the same text.
/// </summary>
internal sealed class GiftParsingBenchmark : IBenchmark
{
    private static readonly Goal s_goal = Goal.AtLeast(50, MeasurementUnit.MegabytesPerSecond, "Parsing at least 50 MB/s of GIFT", "#3");

    public string Name => "quizzes.parse";

    public int Order => 30;

    public IReadOnlyList<Figure> Run(BenchmarkContext context)
    {
        // The catalog gives the plugin question types the quizzes use.
        using var catalog = CatalogWork.Load([context.GeneratedModules.Directory]);
        var shipped = Files(BenchmarkContext.ShippedModulesDirectory);
        var generated = Files(context.GeneratedModules.Directory);
        return
        [
            Measure(context, "shipped MOPA quizzes", shipped, catalog.QuestionTypes),
            Measure(context, "generated quizzes (every built-in type, short questions)", generated, catalog.QuestionTypes),
        ];
    }

    private static List<(string Path, string Text, string Language)> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*.gift", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path), path.EndsWith(".en.gift", StringComparison.Ordinal) ? LocalizedText.English : LocalizedText.French))];

    private static Figure Measure(BenchmarkContext context, string what, List<(string Path, string Text, string Language)> files, QuestionTypeRegistry types)
    {
        if (context.Scale == BenchmarkScale.Tiny)
        {
            files = files.Take(4).ToList();
        }

        var megabytes = files.Sum(f => Encoding.UTF8.GetByteCount(f.Text)) / 1e6;
        void Parse()
        {
            foreach (var (path, text, language) in files)
            {
                GiftParser.Parse(text, path, types, language);
            }
        }

        void Scan()
        {
            var blocks = 0;
            foreach (var (_, text, _) in files)
            {
                foreach (var line in text.Split('\n'))
                {
                    blocks += line.Contains('{', StringComparison.Ordinal) ? 1 : 0;
                }
            }

            GC.KeepAlive(blocks);
        }

        var repetitions = Throughput.Repetitions(Parse, TimeSpan.FromMilliseconds(300), context.Scale);
        var (parse, scan) = Sampler.Compare(Throughput.Repeat(Parse, repetitions), Throughput.Repeat(Scan, repetitions), context.Warmups, context.Runs);
        return new Figure(
            $"GIFT parsing, {what}: {files.Count} files, {megabytes * 1000:N0} KB",
            Measurement.Rate(megabytes * repetitions, parse.OneCoreMedian, MeasurementUnit.MegabytesPerSecond, "GiftParser.Parse with the catalog's question types, UTF-8 megabytes per second of the parsing thread's CPU time (one core)", parse.Count),
            Measurement.Rate(megabytes * repetitions, scan.OneCoreMedian, MeasurementUnit.MegabytesPerSecond, "splitting the same text into lines and finding the answer blocks, same clock", scan.Count),
            s_goal)
        {
            Note = $"Per second of wall time, which on a shared machine also counts waiting for a core: {megabytes * repetitions / parse.Median.TotalSeconds:N1} MB/s against {megabytes * repetitions / scan.Median.TotalSeconds:N1} MB/s.",
        }
            .ExplainMiss("Why: short questions make fixed costs per question dominate (block splitting with comment masking, [id:] metadata, escape-aware searches for braces, title and feedback, numbers parsed for weights and tolerances, one record per question and answer); profiled with perf: no single hot spot, a quarter of the time in allocation and GC. What would fix it: a single forward tokenizer per block that records the positions of unescaped separators once, instead of repeated searches, and fewer intermediate strings.");
    }
}
