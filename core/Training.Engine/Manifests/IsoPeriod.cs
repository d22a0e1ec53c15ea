using System.Globalization;
using System.Text;

namespace Training.Engine.Manifests;

/// <summary>
/// An ISO 8601 date period such as <c>P24M</c>, <c>P2Y</c>, <c>P1Y6M</c> or <c>P90D</c>: how long a
/// certificate stays valid. It is not a <see cref="TimeSpan"/> because months and years have no fixed
/// length; <see cref="AddTo"/> adds it on the calendar.
/// </summary>
public readonly record struct IsoPeriod
{
    private IsoPeriod(int years, int months, int days)
    {
        Years = years;
        Months = months;
        Days = days;
    }

    /// <summary>The years.</summary>
    public int Years { get; }

    /// <summary>The months (not folded into years: <c>P24M</c> stays 24 months).</summary>
    public int Months { get; }

    /// <summary>The days, weeks counted as 7 days.</summary>
    public int Days { get; }

    /// <summary>
    /// Parses a positive period made of years, months, weeks and days (<c>PnYnMnWnD</c>, each part
    /// optional but at least one present). Time parts (<c>PT1H</c>) are rejected: certificates last days,
    /// not hours.
    /// </summary>
    /// <param name="text">The text, e.g. <c>P24M</c>.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a positive period.</returns>
    public static bool TryParse(string? text, out IsoPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40)
        {
            return false;
        }

        var match = ManifestPatterns.IsoPeriod().Match(text);
        if (!match.Success || text == "P")
        {
            return false;
        }

        var years = Number(match, "y");
        var months = Number(match, "mo");
        var days = (Number(match, "w") * 7) + Number(match, "d");
        if (years + months + days == 0)
        {
            return false;
        }

        period = new IsoPeriod(years, months, days);
        return true;
    }

    /// <summary>Parses a positive period.</summary>
    /// <param name="text">The text, e.g. <c>P24M</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a positive ISO 8601 date period.</exception>
    public static IsoPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not an ISO 8601 period such as P24M.");

    /// <summary>
    /// Adds the period to an instant: years, then months (clamped to the month's last day, so
    /// 31 January + P1M is 28 or 29 February), then days. A result past the calendar's end is
    /// <see cref="DateTimeOffset.MaxValue"/>, i.e. "never expires in practice".
    /// </summary>
    /// <param name="start">The instant to start from (when the certificate was issued).</param>
    /// <returns>The instant the period ends.</returns>
    public DateTimeOffset AddTo(DateTimeOffset start)
    {
        try
        {
            return start.AddYears(Years).AddMonths(Months).AddDays(Days);
        }
        catch (ArgumentOutOfRangeException)
        {
            return DateTimeOffset.MaxValue;
        }
    }

    /// <summary>The period in canonical ISO 8601 form, e.g. <c>P1Y6M</c> or <c>P90D</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Days, 'D');
        return text.Length == 1 ? "P0D" : text.ToString();
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }

    private static int Number(System.Text.RegularExpressions.Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;
}
