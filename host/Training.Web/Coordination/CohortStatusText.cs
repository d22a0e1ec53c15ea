using Training.Engine.Reports.Cohorts;
using Training.Web.Localization;

namespace Training.Web.Coordination;

/// <summary>A trainee's status in a cohort report, in words, and its chart colour (the same as the HTML export's).</summary>
internal static class CohortStatusText
{
    public static string Of(string status, Ui ui) => status switch
    {
        CohortStatus.Completed => ui.T("Terminé", "Completed"),
        CohortStatus.OnTrack => ui.T("Dans les temps", "On track"),
        CohortStatus.Behind => ui.T("En retard", "Behind"),
        _ => ui.T("Pas commencé", "Not started"),
    };

    public static string Color(string status) => CohortReportHtml.StatusColors.GetValueOrDefault(status, "#8c959f");
}
