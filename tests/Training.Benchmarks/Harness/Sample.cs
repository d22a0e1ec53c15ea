namespace Training.Benchmarks.Harness;

/// <summary>The elapsed times of the measured runs of one operation.</summary>
internal sealed class Sample(IReadOnlyList<TimeSpan> runs)
{
    public IReadOnlyList<TimeSpan> Runs { get; } = runs;

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
