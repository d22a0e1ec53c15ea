using System.Globalization;
using Training.Engine.Reports.Cohorts;

namespace Training.Engine.Reports;

/// <summary>How reports write numbers and times: invariant culture, so files read the same everywhere and in every host.</summary>
public static class ReportFormat
{
    /// <summary>A percent with at most two decimals: <c>42.5</c>.</summary>
    /// <param name="value">The percent.</param>
    /// <returns>The text.</returns>
    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A percent with at most two decimals, or the empty string for null.</summary>
    /// <param name="value">The percent, or null.</param>
    /// <returns>The text.</returns>
    public static string Percent(double? value) => value is { } v ? Percent(v) : string.Empty;

    /// <summary>An instant in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>, or the empty string for null.</summary>
    /// <param name="value">The instant, or null.</param>
    /// <returns>The text.</returns>
    public static string Instant(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A day as <c>yyyy-MM-dd</c>, or the empty string for null.</summary>
    /// <param name="value">The day, or null.</param>
    /// <returns>The text.</returns>
    public static string Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The percent of a module's items a trainee has done (100 for a completed module without items).</summary>
    /// <param name="cell">The trainee's standing in the module.</param>
    /// <returns>The text.</returns>
    public static string CellPercent(CohortCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Percent(cell.ItemsTotal == 0 ? (cell.Completed ? 100 : 0) : Math.Round(100.0 * cell.ItemsDone / cell.ItemsTotal, 2, MidpointRounding.AwayFromZero));
    }
}
