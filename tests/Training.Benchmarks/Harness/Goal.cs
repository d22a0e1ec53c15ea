using System.Globalization;

namespace Training.Benchmarks.Harness;

/// <summary>A goal from an issue: the bound it sets, and its wording quoted from the issue.</summary>
/// <param name="Kind">What it bounds.</param>
/// <param name="Threshold">The bound, in the measured unit (or as a ratio).</param>
/// <param name="Unit">The unit of a value bound (ignored for ratio bounds).</param>
/// <param name="Wording">The issue's own words.</param>
/// <param name="Source">Where it is written, e.g. <c>#3</c>.</param>
internal sealed record Goal(GoalKind Kind, double Threshold, MeasurementUnit Unit, string Wording, string Source)
{
    public static Goal AtMost(double threshold, MeasurementUnit unit, string wording, string source) => new(GoalKind.ValueAtMost, threshold, unit, wording, source);

    public static Goal AtLeast(double threshold, MeasurementUnit unit, string wording, string source) => new(GoalKind.ValueAtLeast, threshold, unit, wording, source);

    public static Goal RatioAtMost(double threshold, string wording, string source) => new(GoalKind.RatioAtMost, threshold, MeasurementUnit.Milliseconds, wording, source);

    public static Goal RatioAtLeast(double threshold, string wording, string source) => new(GoalKind.RatioAtLeast, threshold, MeasurementUnit.PerSecond, wording, source);

    /// <summary>The bound in symbols, e.g. <c>≤ 1.5× baseline</c> or <c>≥ 50.0 MB/s</c>.</summary>
    public string Bound => Kind switch
    {
        GoalKind.ValueAtMost => "< " + Measurement.Format(Threshold, Unit),
        GoalKind.ValueAtLeast => "≥ " + Measurement.Format(Threshold, Unit),
        GoalKind.RatioAtMost => "ratio ≤ " + Threshold.ToString("0.0##", CultureInfo.InvariantCulture),
        GoalKind.RatioAtLeast => "ratio ≥ " + Threshold.ToString("0.0##", CultureInfo.InvariantCulture),
        _ => Threshold.ToString(CultureInfo.InvariantCulture),
    };

    public bool IsMetBy(double value, double ratio) => Kind switch
    {
        GoalKind.ValueAtMost => value < Threshold,
        GoalKind.ValueAtLeast => value >= Threshold,
        GoalKind.RatioAtMost => ratio <= Threshold,
        GoalKind.RatioAtLeast => ratio >= Threshold,
        _ => false,
    };
}
