namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// Narrows a cohort report to the trainees who need attention: <c>behind</c> or <c>not-started</c>
/// (the trainee's <see cref="CohortStatus"/>). The module lines keep describing the whole cohort, so a
/// filtered report still shows how the cohort does as a whole. Used by <c>training report cohort
/// --filter</c> and the web cohort page alike.
/// </summary>
public static class CohortReportFilter
{
    /// <summary>Trainees whose status is <see cref="CohortStatus.Behind"/>.</summary>
    public const string Behind = CohortStatus.Behind;

    /// <summary>Trainees whose status is <see cref="CohortStatus.NotStarted"/>.</summary>
    public const string NotStarted = CohortStatus.NotStarted;

    /// <summary>Every filter name.</summary>
    public static IReadOnlyList<string> All { get; } = [Behind, NotStarted];

    /// <summary>Whether a name is a filter.</summary>
    /// <param name="filter">The name.</param>
    /// <returns>True for <c>behind</c> and <c>not-started</c>.</returns>
    public static bool IsKnown(string? filter) => filter is Behind or NotStarted;

    /// <summary>The report with only the trainees the filter keeps (the report itself when <paramref name="filter"/> is null or empty).</summary>
    /// <param name="report">The report.</param>
    /// <param name="filter"><c>behind</c>, <c>not-started</c>, or null for everyone.</param>
    /// <returns>The narrowed report.</returns>
    /// <exception cref="ArgumentException">An unknown filter.</exception>
    public static CohortReport Apply(CohortReport report, string? filter)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (string.IsNullOrEmpty(filter))
        {
            return report;
        }

        if (!IsKnown(filter))
        {
            throw new ArgumentException($"'{filter}' is not a cohort report filter: use {string.Join(" or ", All)}.", nameof(filter));
        }

        return report with { Trainees = [.. report.Trainees.Where(t => t.Status == filter)] };
    }
}
