using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Reports.Cohorts;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>
/// A cohort report as a file, written by the engine's renderers: exactly what
/// <c>training report cohort --format csv|html [--filter ...]</c> writes.
/// </summary>
internal sealed class ExportModel(CurrentPrincipal current, Ui ui) : PageModel
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [FromQuery(Name = "filter")]
    public string? Filter { get; set; }

    public IActionResult OnGet(string cohortId, string format)
    {
        if (format is not ("csv" or "html") || (!string.IsNullOrEmpty(Filter) && !CohortReportFilter.IsKnown(Filter)))
        {
            return NotFound();
        }

        var report = CohortReportFilter.Apply(current.Coordinator().Report(cohortId, ui.Language), Filter);
        var text = format == "csv" ? CohortReportCsv.Render(report) : CohortReportHtml.Render(report);
        var name = $"cohort-{report.CohortId}{(string.IsNullOrEmpty(Filter) ? string.Empty : "-" + Filter)}.{format}";
        return File(s_utf8.GetBytes(text), format == "csv" ? "text/csv; charset=utf-8" : "text/html; charset=utf-8", name);
    }
}
