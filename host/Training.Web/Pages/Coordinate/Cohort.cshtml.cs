using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Reports.Cohorts;
using Training.Web.Coordination;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>
/// A cohort's progress, the same data as <c>training report cohort</c>: counts by status, the progress
/// chart, the trainee × module matrix and the module table, optionally narrowed to the trainees who
/// are behind or have not started (<c>?filter=</c>), with CSV and HTML exports of what is shown.
/// </summary>
internal sealed class CohortModel(CurrentPrincipal current, Ui ui) : PageModel
{
    /// <summary>The whole cohort's report (counts by status).</summary>
    public CohortReport Full { get; private set; } = null!;

    /// <summary>The report as shown: filtered when a filter is chosen.</summary>
    public CohortReport Report { get; private set; } = null!;

    public ProgressChart Chart { get; private set; } = null!;

    [FromQuery(Name = "filter")]
    public string? Filter { get; set; }

    public IActionResult OnGet(string cohortId)
    {
        if (!string.IsNullOrEmpty(Filter) && !CohortReportFilter.IsKnown(Filter))
        {
            return BadRequest();
        }

        Full = current.Coordinator().Report(cohortId, ui.Language);
        Report = CohortReportFilter.Apply(Full, Filter);
        Chart = ProgressChart.For(Report, ui);
        return Page();
    }
}
