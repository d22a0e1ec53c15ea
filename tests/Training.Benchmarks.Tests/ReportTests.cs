using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Tests;

/// <summary>BENCHMARKS.md: one row per figure with value, baseline, ratio, goal and result, and the command that wrote it.</summary>
public sealed class ReportTests
{
    private static readonly RunInfo s_run = new(new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero), TimeSpan.FromMinutes(4), BenchmarkScale.Full, "2 cores", "1.00");

    [Test]
    public void Writes_one_row_per_figure_with_its_ratio_goal_and_result()
    {
        var met = new Figure(
            "Parsing",
            new Measurement(120, MeasurementUnit.MegabytesPerSecond, "the parser", 9),
            new Measurement(600, MeasurementUnit.MegabytesPerSecond, "a line scan", 9),
            Goal.AtLeast(50, MeasurementUnit.MegabytesPerSecond, "at least 50 MB/s", "#3"));
        var missed = new Figure(
            "Report",
            new Measurement(300, MeasurementUnit.Milliseconds, "the report", 9),
            new Measurement(100, MeasurementUnit.Milliseconds, "raw SQL", 9),
            Goal.RatioAtMost(1.5, "within 1.5x", "#6"))
        {
            Note = "What would fix it.",
        };
        var info = new Figure(
            "Info",
            new Measurement(10, MeasurementUnit.PerSecond, "x", 1),
            new Measurement(20, MeasurementUnit.PerSecond, "y", 1),
            null);

        var text = MarkdownReport.Write([new BenchmarkResult(new FakeBenchmark(), [met, missed, info], TimeSpan.FromSeconds(1), null)], s_run);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(MarkdownReport.Command));
            Assert.That(text, Does.Contain("| Parsing | 120.0 MB/s | 600.0 MB/s: a line scan | 0.20 | ≥ 50.0 MB/s (#3) | met |"));
            Assert.That(text, Does.Contain("| Report | 300 ms | 100 ms: raw SQL | 3.00 | ratio ≤ 1.5 (#6) | **missed** |"));
            Assert.That(text, Does.Contain("| Info | 10 /s | 20 /s: y | 0.50 | — (for information) | — |"));
            Assert.That(text, Does.Contain("What would fix it."));
            Assert.That(text, Does.Contain("#6: “within 1.5x”"));
        });
    }

    [Test]
    public void A_failed_benchmark_is_a_row_that_says_so()
    {
        var text = MarkdownReport.Write([new BenchmarkResult(new FakeBenchmark(), [], TimeSpan.Zero, "IOException: disk full")], s_run);

        Assert.That(text, Does.Contain("| `fake` | — | — | — | — | **failed**: IOException: disk full |"));
    }

    [TestCase("ValueAtMost", 1000, 999.9, 1, true)]
    [TestCase("ValueAtMost", 1000, 1000, 1, false)]
    [TestCase("ValueAtLeast", 50, 50, 1, true)]
    [TestCase("RatioAtMost", 1.5, 10, 1.5, true)]
    [TestCase("RatioAtMost", 1.5, 10, 1.51, false)]
    [TestCase("RatioAtLeast", 0.5, 10, 0.49, false)]
    public void A_goal_is_met_or_missed_by_value_or_ratio(string kind, double threshold, double value, double ratio, bool met) =>
        Assert.That(new Goal(Enum.Parse<GoalKind>(kind), threshold, MeasurementUnit.Milliseconds, "w", "#7").IsMetBy(value, ratio), Is.EqualTo(met));

    private sealed class FakeBenchmark : IBenchmark
    {
        public string Name => "fake";

        public int Order => 0;

        public IReadOnlyList<Figure> Run(BenchmarkContext context) => [];
    }
}
