using Training.Benchmarks.Harness;

namespace Training.Benchmarks.Tests;

/// <summary>
/// Every benchmark, once, at the tiny scale: it must run to the end and produce well-formed figures
/// (positive values, a baseline in the same unit, the ratio of the two, a goal or none). Times are
/// never asserted: on a shared machine they mean nothing at this size.
/// </summary>
[NonParallelizable]
public sealed class BenchmarkSmokeTests
{
    private static readonly string s_work = Path.Combine(Path.GetTempPath(), "training-benchmarks-tests", Guid.NewGuid().ToString("N"));
    private BenchmarkContext _context = null!;

    private static IEnumerable<TestCaseData> Benchmarks() =>
        BenchmarkRunner.All().Select(b => new TestCaseData(b.Name).SetName($"Runs_at_tiny_size({b.Name})"));

    [OneTimeSetUp]
    public void CreateContext() => _context = new BenchmarkContext(BenchmarkScale.Tiny, s_work, TestContext.Progress);

    [OneTimeTearDown]
    public void DeleteWork() => _context.Dispose();

    [TestCaseSource(nameof(Benchmarks))]
    public void Runs_at_tiny_size(string name)
    {
        var benchmark = BenchmarkRunner.All().Single(b => b.Name == name);

        var figures = benchmark.Run(_context);

        Assert.That(figures, Is.Not.Empty, "a benchmark gives at least one row");
        foreach (var figure in figures)
        {
            Assert.Multiple(() =>
            {
                Assert.That(figure.Name, Is.Not.Empty);
                Assert.That(figure.Measured.Value, Is.GreaterThan(0).And.Not.EqualTo(double.PositiveInfinity), figure.Name);
                Assert.That(figure.Baseline.Value, Is.GreaterThan(0).And.Not.EqualTo(double.PositiveInfinity), figure.Name);
                Assert.That(figure.Baseline.Unit, Is.EqualTo(figure.Measured.Unit), "a ratio needs one unit");
                Assert.That(figure.Ratio, Is.EqualTo(figure.Measured.Value / figure.Baseline.Value).Within(1e-12));
                Assert.That(figure.Measured.Runs, Is.GreaterThanOrEqualTo(1));
                Assert.That(figure.Baseline.What, Is.Not.Empty, "the report says what the baseline is");
                if (figure.Goal is { } goal)
                {
                    Assert.That(goal.Wording, Is.Not.Empty);
                    Assert.That(goal.Source, Does.StartWith("#"));
                    Assert.That(figure.Met, Is.Not.Null);
                }
            });
        }
    }

    [Test]
    public void Every_benchmark_has_a_unique_name()
    {
        var names = BenchmarkRunner.All().Select(b => b.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(10));
    }
}
