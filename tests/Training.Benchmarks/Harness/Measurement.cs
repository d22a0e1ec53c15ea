using System.Globalization;

namespace Training.Benchmarks.Harness;

/// <summary>One measured value: a median over <paramref name="Runs"/> runs, and what was measured.</summary>
/// <param name="Value">The median (or the peak, for memory).</param>
/// <param name="Unit">Its unit.</param>
/// <param name="What">What was run, in a few words (shown in the report).</param>
/// <param name="Runs">How many measured runs the median is taken over.</param>
internal sealed record Measurement(double Value, MeasurementUnit Unit, string What, int Runs)
{
    public static Measurement Time(TimeSpan median, string what, int runs) => new(median.TotalMilliseconds, MeasurementUnit.Milliseconds, what, runs);

    public static Measurement Rate(double count, TimeSpan median, MeasurementUnit unit, string what, int runs) =>
        new(count / Math.Max(median.TotalSeconds, 1e-9), unit, what, runs);

    /// <summary>The value with its unit, e.g. <c>12.3 ms</c>, <c>1,234,567 /s</c>, <c>54.2 MB/s</c>.</summary>
    public string Formatted => Format(Value, Unit);

    public static string Format(double value, MeasurementUnit unit) => unit switch
    {
        MeasurementUnit.Milliseconds => value >= 100 ? $"{N(value, 0)} ms" : value >= 1 ? $"{N(value, 1)} ms" : $"{N(value, 3)} ms",
        MeasurementUnit.MegabytesPerSecond => $"{N(value, 1)} MB/s",
        MeasurementUnit.PerSecond => $"{N(value, 0)} /s",
        MeasurementUnit.Megabytes => $"{N(value, 1)} MB",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string N(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
