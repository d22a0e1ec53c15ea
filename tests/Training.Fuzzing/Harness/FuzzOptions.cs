namespace Training.Fuzzing;

/// <summary>What one run does and what counts as a finding.</summary>
internal sealed record FuzzOptions
{
    /// <summary>Executions for all targets together, seeds included.</summary>
    public long Executions { get; init; } = 1_000_000;

    /// <summary>The random seed: the same seed, corpus and build replay the same run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>An input running longer than this is a hang.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>An input allocating more than this is a memory finding (the engine's limits keep honest inputs far below).</summary>
    public long MaxAllocationBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The process's resident memory must stay below this, or the run stops on the input being run.</summary>
    public long MaxResidentBytes { get; init; } = 2048L * 1024 * 1024;

    /// <summary>Where crashing, hanging and memory-hungry inputs are saved.</summary>
    public string FindingsDirectory { get; init; } = "fuzz-findings";

    /// <summary>Seconds between progress lines.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(10);
}
