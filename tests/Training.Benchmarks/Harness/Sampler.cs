using System.Diagnostics;

namespace Training.Benchmarks.Harness;

/// <summary>
/// Warm-up, repeated runs and medians. A figure and its baseline are run alternately (baseline,
/// measured, baseline, measured...) so that a burst of load on a shared machine hits both alike.
/// </summary>
internal static class Sampler
{
    /// <summary>Times <paramref name="measured"/> and <paramref name="baseline"/>, interleaved.</summary>
    /// <param name="measured">The project's code.</param>
    /// <param name="baseline">The baseline.</param>
    /// <param name="warmups">Runs of each before measuring (JIT, caches, file system).</param>
    /// <param name="runs">Measured runs of each.</param>
    /// <returns>The two samples.</returns>
    public static (Sample Measured, Sample Baseline) Compare(Action measured, Action baseline, int warmups, int runs)
    {
        for (var i = 0; i < warmups; i++)
        {
            baseline();
            measured();
        }

        var measuredRuns = new List<TimeSpan>(runs);
        var baselineRuns = new List<TimeSpan>(runs);
        var measuredCpu = new List<TimeSpan>(runs);
        var baselineCpu = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var (elapsed, cpu) = TimeWithCpu(baseline);
            baselineRuns.Add(elapsed);
            baselineCpu.Add(cpu);
            (elapsed, cpu) = TimeWithCpu(measured);
            measuredRuns.Add(elapsed);
            measuredCpu.Add(cpu);
        }

        return (new Sample(measuredRuns, measuredCpu), new Sample(baselineRuns, baselineCpu));
    }

    /// <summary>
    /// Times two kinds of process, interleaved. The first start of each is not measured: it pays for
    /// the disk cache, which a user's second command does not.
    /// </summary>
    public static (Sample Measured, Sample Baseline) CompareProcesses(Func<ProcessRun> measured, Func<ProcessRun> baseline, int runs)
    {
        baseline();
        measured();
        var measuredRuns = new List<TimeSpan>(runs);
        var baselineRuns = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            baselineRuns.Add(baseline().Elapsed);
            measuredRuns.Add(measured().Elapsed);
        }

        return (new Sample(measuredRuns), new Sample(baselineRuns));
    }

    /// <summary>Times one operation: warm-ups, then runs.</summary>
    public static Sample Measure(Action action, int warmups, int runs)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            times.Add(Time(action));
        }

        return new Sample(times);
    }

    /// <summary>One timed run, after a full collection so garbage left by earlier runs is not billed to this one.</summary>
    public static TimeSpan Time(Action action) => TimeWithCpu(action).Elapsed;

    /// <summary>One timed run, with the CPU time the calling thread spent in it.</summary>
    public static (TimeSpan Elapsed, TimeSpan Cpu) TimeWithCpu(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var cpu = ThreadClock.Now();
        var watch = Stopwatch.StartNew();
        action();
        return (watch.Elapsed, ThreadClock.Now() - cpu);
    }
}
