using System.Diagnostics;

namespace Training.Benchmarks.Harness;

/// <summary>Sizes a throughput run: how many repetitions of a small operation fill about a target time.</summary>
internal static class Throughput
{
    public static int Repetitions(Action operation, TimeSpan target, BenchmarkScale scale)
    {
        if (scale == BenchmarkScale.Tiny)
        {
            return 1;
        }

        // Warm the code first, then time a few repetitions.
        operation();
        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < TimeSpan.FromMilliseconds(50))
        {
            operation();
            done++;
        }

        return Math.Max(1, (int)(target.TotalSeconds / (watch.Elapsed.TotalSeconds / done)));
    }

    public static Action Repeat(Action operation, int times) => () =>
    {
        for (var i = 0; i < times; i++)
        {
            operation();
        }
    };
}
