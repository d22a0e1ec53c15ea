using System.Globalization;

namespace Training.Cli.Reports;

/// <summary>How reports write numbers and times: invariant culture, so files read the same everywhere.</summary>
internal static class ReportFormat
{
    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Percent(double? value) => value is { } v ? Percent(v) : string.Empty;

    public static string Instant(DateTimeOffset? value) => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string CellPercent(Engine.Reports.Cohorts.CohortCell cell) =>
        Percent(cell.ItemsTotal == 0 ? (cell.Completed ? 100 : 0) : Math.Round(100.0 * cell.ItemsDone / cell.ItemsTotal, 2, MidpointRounding.AwayFromZero));
}
