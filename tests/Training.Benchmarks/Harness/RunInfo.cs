namespace Training.Benchmarks.Harness;

/// <summary>Facts about the run printed at the top of the report.</summary>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Elapsed">How long the whole run took.</param>
/// <param name="Scale">The sizes used.</param>
/// <param name="Machine">Cores, OS, runtime.</param>
/// <param name="LoadAverage">The 1-minute load average at the start (the machine is shared).</param>
internal sealed record RunInfo(DateTimeOffset StartedAt, TimeSpan Elapsed, BenchmarkScale Scale, string Machine, string LoadAverage);
