using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Records;
using Training.Engine.Records.Review;
using Training.Engine.Text;
using Training.Web.Hosting;
using Training.Web.Learning;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>
/// The essay review queue (<c>training review list|grade</c>): essays by members of the coordinator's
/// cohorts, oldest first, each with a grade form. Grading goes through the engine, which refuses an
/// attempt outside the coordinator's cohorts (403, nothing recorded) and updates the attempt, the
/// trainee's progress and certificates.
/// </summary>
internal sealed class ReviewModel(CurrentPrincipal current, TrainingPlatform platform, Ui ui) : PageModel
{
    public IReadOnlyList<PendingEssay> Queue { get; private set; } = [];

    public EssayGradeResult? Graded { get; private set; }

    public string? Outcome { get; private set; }

    /// <summary>The essay the error is about, and what is wrong.</summary>
    public (long AttemptId, string QuestionId, string Message)? Error { get; private set; }

    public void OnGet() => Queue = current.Coordinator().ListPendingEssays();

    public IActionResult OnPostGrade(long attemptId, string questionId, string? score, string? feedback)
    {
        var workspace = current.Coordinator();
        if (!TryParseScore(score, out var points))
        {
            return Fail(attemptId, questionId, ui.T("La note doit être un nombre de points, par exemple 2 ou 1,5.", "The score must be a number of points, such as 2 or 1.5."));
        }

        try
        {
            Graded = workspace.GradeEssay(attemptId, questionId ?? string.Empty, points, string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim());
        }
        catch (LearningRecordsException exception) when (exception.Kind is not LearningRecordsErrorKind.NotFound)
        {
            return Fail(attemptId, questionId, exception.Message);
        }

        Outcome = OutcomeText.Consequences(Graded.Outcome, platform.Catalog, ui);
        Queue = workspace.ListPendingEssays();
        return Page();
    }

    /// <summary>The essay question's text in the page's language as safe HTML (by its format), when the installed module still has it.</summary>
    public string? PromptHtml(PendingEssay essay) =>
        platform.Catalog.FindQuiz(essay.ModuleId, essay.QuizId)?.Quiz.GetQuestions(ui.Language).FirstOrDefault(q => q.Id == essay.QuestionId) is { } question
            ? ContentHtml.Default.ToHtml(question.Text, question.Format)
            : null;

    public string QuizTitle(PendingEssay essay) =>
        platform.Catalog.FindQuiz(essay.ModuleId, essay.QuizId) is { } found
            ? found.Module.Title.Get(ui.Language) + " · " + (found.Quiz.Title.Get(ui.Language) is { Length: > 0 } title ? title : essay.QuizId)
            : essay.ModuleId + "/" + essay.QuizId;

    private static bool TryParseScore(string? text, out double points)
    {
        // French writes 1,5; the engine wants a number either way.
        var normalized = (text ?? string.Empty).Trim().Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out points) && double.IsFinite(points);
    }

    private PageResult Fail(long attemptId, string? questionId, string message)
    {
        Error = (attemptId, questionId ?? string.Empty, message);
        Queue = current.Coordinator().ListPendingEssays();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
