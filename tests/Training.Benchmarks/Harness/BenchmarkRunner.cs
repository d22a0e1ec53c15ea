using System.Diagnostics;

namespace Training.Benchmarks.Harness;

/// <summary>Finds the benchmarks and runs them one after the other, each in the same context.</summary>
internal static class BenchmarkRunner
{
    /// <summary>Every <see cref="IBenchmark"/> in this assembly, in report order.</summary>
    public static IReadOnlyList<IBenchmark> All() =>
        typeof(IBenchmark).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .OrderBy(b => b.Order)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<BenchmarkResult> Run(IEnumerable<IBenchmark> benchmarks, BenchmarkContext context)
    {
        var results = new List<BenchmarkResult>();
        foreach (var benchmark in benchmarks)
        {
            context.Log.WriteLine($"{benchmark.Name}...");
            var watch = Stopwatch.StartNew();
            try
            {
                var figures = benchmark.Run(context);
                results.Add(new BenchmarkResult(benchmark, figures, watch.Elapsed, null));
                foreach (var figure in figures)
                {
                    context.Log.WriteLine($"  {figure.Name}: {figure.Measured.Formatted} vs {figure.Baseline.Formatted} (ratio {figure.Ratio:0.00}) {(figure.Met is { } met ? met ? "met" : "MISSED" : string.Empty)}");
                }
            }
#pragma warning disable CA1031 // One broken benchmark is reported in its row; the others still run.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                context.Log.WriteLine($"  failed: {exception}");
                results.Add(new BenchmarkResult(benchmark, [], watch.Elapsed, $"{exception.GetType().Name}: {exception.Message}"));
            }

            context.Log.WriteLine($"  ({watch.Elapsed.TotalSeconds:F1} s)");
        }

        return results;
    }
}
