using Training.Engine.Records.Progress;
using Training.Web.Localization;

namespace Training.Web.Learning;

/// <summary>A module's status in words.</summary>
internal static class StatusText
{
    public static string Of(string status, Ui ui) => status switch
    {
        ModuleProgressStatus.Completed => ui.T("Terminé", "Completed"),
        ModuleProgressStatus.InProgress => ui.T("En cours", "In progress"),
        _ => ui.T("À commencer", "Not started"),
    };
}
