using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Reports.Items;
using Training.Web.Hosting;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>
/// Item analysis of a quiz, the same figures as <c>training report items</c>: facility, standard
/// deviation, discrimination and flags per question and module version, over first attempts by the
/// members of the coordinator's cohorts (every trainee's for an admin).
/// </summary>
internal sealed class ItemsModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    /// <summary>The chosen quiz as <c>module/quiz</c>.</summary>
    [FromQuery(Name = "quiz")]
    public string? Quiz { get; set; }

    public ItemAnalysisReport? Report { get; private set; }

    public bool UnknownQuiz { get; private set; }

    public bool SeesEveryCohort { get; private set; }

    /// <summary>Every quiz of the loaded modules, by module: the choices of the picker.</summary>
    public IEnumerable<(LoadedModule Module, IReadOnlyList<string> Quizzes)> Choices =>
        platform.Catalog.Modules
            .Where(m => m.Status == ModuleStatus.Loaded && m.Quizzes.Count > 0)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => (m, (IReadOnlyList<string>)[.. m.Quizzes.Select(q => q.Id)]));

    public void OnGet()
    {
        var workspace = current.Coordinator();
        SeesEveryCohort = workspace.SeesEveryCohort;
        if (string.IsNullOrWhiteSpace(Quiz))
        {
            return;
        }

        var slash = Quiz.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || platform.Catalog.FindQuiz(Quiz[..slash], Quiz[(slash + 1)..]) is null)
        {
            UnknownQuiz = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Report = workspace.AnalyzeItems(Quiz[..slash], Quiz[(slash + 1)..]);
    }

    /// <summary>A statistic as <c>training report items</c> prints it: two decimals, or a dash.</summary>
    public static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";

    public static string FlagText(string flag, Ui ui) => flag switch
    {
        ItemFlags.TooEasy => ui.T("trop facile", "too easy"),
        ItemFlags.TooHard => ui.T("trop difficile", "too hard"),
        ItemFlags.NegativeDiscrimination => ui.T("discrimination négative", "negative discrimination"),
        ItemFlags.WeakDiscrimination => ui.T("discrimination faible", "weak discrimination"),
        _ => flag,
    };
}
