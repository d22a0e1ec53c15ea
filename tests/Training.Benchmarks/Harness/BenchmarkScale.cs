namespace Training.Benchmarks.Harness;

/// <summary>How big the workloads are and how many times each is repeated.</summary>
internal enum BenchmarkScale
{
    /// <summary>The sizes the goals name (10,000 trainees, 100,000 attempts, 70 generated modules...), several runs each.</summary>
    Full,

    /// <summary>A tenth of the sizes and fewer runs: a quick look while working on a figure.</summary>
    Quick,

    /// <summary>A few items, one run: what the CI test runs so the benchmark code cannot rot. The numbers mean nothing.</summary>
    Tiny,
}
