namespace Training.Benchmarks.Harness;

/// <summary>
/// One row of BENCHMARKS.md: a measured value, its baseline measured in the same run, their ratio,
/// and the goal it is held to (none for rows given for information).
/// </summary>
/// <param name="Name">What the row measures, with its size.</param>
/// <param name="Measured">The project's code.</param>
/// <param name="Baseline">The baseline, in the same unit.</param>
/// <param name="Goal">The goal, or null for a row given for information.</param>
internal sealed record Figure(string Name, Measurement Measured, Measurement Baseline, Goal? Goal)
{
    /// <summary>Why the goal is missed and what would fix it, or anything else a reader needs.</summary>
    public string? Note { get; init; }

    /// <summary>measured ÷ baseline: for times and memory, lower is better; for throughputs, higher is better.</summary>
    public double Ratio => Measured.Value / Baseline.Value;

    /// <summary>Whether the goal is met; null without a goal.</summary>
    public bool? Met => Goal?.IsMetBy(Measured.Value, Ratio);

    /// <summary>Adds why the goal is missed and what would fix it, when it is missed.</summary>
    public Figure ExplainMiss(string explanation) => Met == false ? this with { Note = Note is null ? explanation : Note + " " + explanation } : this;
}
