namespace Training.Benchmarks.Harness;

/// <summary>The elapsed times of the measured runs of one operation.</summary>
internal sealed class Sample(IReadOnlyList<TimeSpan> runs, IReadOnlyList<TimeSpan>? cpu = null)
{
    public IReadOnlyList<TimeSpan> Runs { get; } = runs;

    /// <summary>The calling thread's CPU time in each run, when measured (empty otherwise).</summary>
    public IReadOnlyList<TimeSpan> Cpu { get; } = cpu ?? [];

    /// <summary>The median thread CPU time, or zero when not measured.</summary>
    public TimeSpan CpuMedian => Cpu.Count == 0 ? TimeSpan.Zero : new Sample(Cpu).Median;

    /// <summary>
    /// For one-thread work whose goal is per core: the median CPU time of the thread when the platform
    /// reports it (waiting for a core on a shared machine is not the code's cost), else the wall time.
    /// </summary>
    public TimeSpan OneCoreMedian => CpuMedian > TimeSpan.Zero ? CpuMedian : Median;

    /// <summary>The median run: one slow run on a busy machine does not move it.</summary>
    public TimeSpan Median
    {
        get
        {
            var sorted = Runs.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public int Count => Runs.Count;
}
