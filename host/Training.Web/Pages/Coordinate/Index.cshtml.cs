using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Cohorts;
using Training.Engine.Reports.Cohorts;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>The cohorts in the coordinator's scope (an admin's: all) with their progress at a glance.</summary>
internal sealed class IndexModel(CurrentPrincipal current, Ui ui) : PageModel
{
    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public bool SeesEveryCohort { get; private set; }

    public void OnGet()
    {
        var workspace = current.Coordinator();
        SeesEveryCohort = workspace.SeesEveryCohort;
        // One report per cohort (two store queries each): a coordinator follows a handful of cohorts.
        Cohorts = [.. workspace.ListCohorts().Select(cohort => CohortSummary.Of(cohort, workspace.Report(cohort.Id, ui.Language)))];
    }

    /// <summary>A cohort and its report's headline numbers.</summary>
    internal sealed record CohortSummary(Cohort Cohort, double AveragePercent, int Completed, int Behind)
    {
        public static CohortSummary Of(Cohort cohort, CohortReport report) => new(
            cohort,
            report.Trainees.Count == 0 ? 0 : Math.Round(report.Trainees.Average(t => t.Percent), 2),
            report.Trainees.Count(t => t.Status == CohortStatus.Completed),
            report.Trainees.Count(t => t.Status == CohortStatus.Behind));
    }
}
