namespace Training.Benchmarks.Harness;

/// <summary>
/// One benchmark: it prepares what it needs, measures its figures and their baselines in the same
/// run, and returns one <see cref="Figure"/> per row of BENCHMARKS.md. Adding a figure is adding a
/// class that implements this interface: the runner finds every implementation in this assembly.
/// </summary>
internal interface IBenchmark
{
    /// <summary>A short id (<c>--only</c> takes it), e.g. <c>records.single</c>.</summary>
    string Name { get; }

    /// <summary>Where its rows go in the report: lower first.</summary>
    int Order { get; }

    /// <summary>Measures. The sizes come from <see cref="BenchmarkContext.Scale"/>.</summary>
    /// <param name="context">The scale, a work folder, shared fixtures and the log.</param>
    /// <returns>The figures, each with its baseline.</returns>
    IReadOnlyList<Figure> Run(BenchmarkContext context);
}
