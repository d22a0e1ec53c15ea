namespace Training.Sdk.Questions;

/// <summary>
/// One accepted answer of a numerical question: a value with a tolerance (<c>n:t</c>), a range
/// (<c>min..max</c>), or any number (the catch-all, when <see cref="Value"/> is <see langword="null"/>).
/// </summary>
/// <param name="Value">The expected value, or <see langword="null"/> for the catch-all.</param>
/// <param name="Tolerance">The accepted error either side of <paramref name="Value"/>.</param>
/// <param name="Fraction">The fraction of the question's points it earns.</param>
/// <param name="Feedback">The feedback shown when it matches, if any.</param>
public sealed record NumericalAnswer(double? Value, double Tolerance, double Fraction, string? Feedback = null)
{
    /// <summary>The lowest accepted number.</summary>
    public double Min => Value is { } value ? value - Tolerance : double.NegativeInfinity;

    /// <summary>The highest accepted number.</summary>
    public double Max => Value is { } value ? value + Tolerance : double.PositiveInfinity;

    /// <summary>Tells whether a number falls within this answer.</summary>
    /// <param name="number">The trainee's number.</param>
    /// <returns>True when it is accepted.</returns>
    public bool Accepts(double number) => Value is null || (number >= Min && number <= Max);
}
