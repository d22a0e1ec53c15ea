namespace Training.Benchmarks.Harness;

/// <summary>What one benchmark produced: its figures, or the error that stopped it.</summary>
internal sealed record BenchmarkResult(IBenchmark Benchmark, IReadOnlyList<Figure> Figures, TimeSpan Elapsed, string? Error);
