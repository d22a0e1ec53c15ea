using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Engine.Records.Attempts;
using Training.Engine.Records.Progress;
using Training.Sdk.Content;
using Training.Sdk.Questions;
using Training.Web.Hosting;
using Training.Web.Learning;
using Training.Web.Localization;
using Training.Web.Rendering;
using Training.Web.Security;

namespace Training.Web.Pages.Learn;

/// <summary>
/// A quiz in three steps, none of them a GET with side effects: the introduction (rules, standing),
/// the questions of a started or resumed attempt (POST start), and the grade with per-question
/// feedback once submitted (POST submit). The time limit is enforced by the engine; the countdown
/// only helps. Nothing about answers reaches the page before submission.
/// </summary>
internal sealed class QuizModel(CurrentPrincipal current, TrainingPlatform platform, Ui ui) : PageModel
{
    public LoadedModule Module { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public QuizPhase Phase { get; private set; } = QuizPhase.Introduction;

    public QuizProgress? Standing { get; private set; }

    public AttemptStart? Attempt { get; private set; }

    public IReadOnlyList<QuestionView> Questions { get; private set; } = [];

    public ISet<string> Scripts { get; } = new SortedSet<string>(StringComparer.Ordinal);

    public AttemptResult? Result { get; private set; }

    public string? Message { get; private set; }

    public DateTimeOffset Now => platform.Time.GetUtcNow();

    public ModuleCatalog Catalog => platform.Catalog;

    public IActionResult OnGet(string moduleId, string quizId)
    {
        if (!Load(moduleId, quizId))
        {
            return NotFound();
        }

        LoadStanding();
        return Page();
    }

    public IActionResult OnPostStart(string moduleId, string quizId)
    {
        if (!Load(moduleId, quizId))
        {
            return NotFound();
        }

        try
        {
            Attempt = current.Trainee().StartAttempt(moduleId, quizId, ui.Language);
        }
        catch (LearningRecordsException exception) when (exception.Kind is LearningRecordsErrorKind.Refused or LearningRecordsErrorKind.Conflict)
        {
            return Refused(exception);
        }

        Phase = QuizPhase.Answering;
        Questions = Form().Views(Attempt.Questions, Scripts);
        return Page();
    }

    public IActionResult OnPostSubmit(string moduleId, string quizId, long attemptId)
    {
        if (!Load(moduleId, quizId))
        {
            return NotFound();
        }

        var workspace = current.Trainee();
        var types = platform.Catalog.QuestionTypes;
        var presentations = Quiz.GetQuestions(ui.Language).Select(q => types.Get(q.Type).Present(q, ui.Language)).ToList();
        var (sheet, answers, errors) = Form().Read(presentations, FormValues());
        if (errors.Count == 0)
        {
            try
            {
                Result = workspace.SubmitAttempt(attemptId, sheet);
                Phase = QuizPhase.Result;
                Questions = Form().Views(presentations, Scripts, answers);
                LoadStanding();
                return Page();
            }
            catch (LearningRecordsException exception) when (exception.Kind is LearningRecordsErrorKind.Refused or LearningRecordsErrorKind.Conflict)
            {
                return Refused(exception);
            }
            catch (LearningRecordsException exception) when (exception.Kind == LearningRecordsErrorKind.Invalid)
            {
                Message = exception.Message;
            }
        }

        // Something to fix: the same attempt again, with what was typed and what is wrong.
        try
        {
            Attempt = workspace.StartAttempt(moduleId, quizId, ui.Language);
        }
        catch (LearningRecordsException exception) when (exception.Kind is LearningRecordsErrorKind.Refused or LearningRecordsErrorKind.Conflict)
        {
            return Refused(exception);
        }

        Phase = QuizPhase.Answering;
        Message ??= ui.T("Certaines réponses sont à corriger : voir ci-dessous. Rien n'a été enregistré.", "Some answers need fixing: see below. Nothing was recorded.");
        Questions = Form().Views(Attempt.Questions, Scripts, answers, errors);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public QuestionView? ViewOf(string questionId) => Questions.FirstOrDefault(q => q.Presentation.Id == questionId);

    private bool Load(string moduleId, string quizId)
    {
        if (platform.Catalog.FindQuiz(moduleId, quizId) is not { } found)
        {
            return false;
        }

        (Module, Quiz) = found;
        return true;
    }

    private void LoadStanding() =>
        Standing = current.Trainee().GetProgress().Modules.FirstOrDefault(m => m.Id == Module.Id)?.Quizzes.FirstOrDefault(q => q.Id == Quiz.Id);

    private IActionResult Refused(LearningRecordsException exception)
    {
        Phase = QuizPhase.Introduction;
        Message = exception.Message;
        LoadStanding();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private QuizForm Form() => new(Module.Id, ui.Language, platform.Catalog.QuestionTypes);

    private QuestionFormValues FormValues() =>
        new(Request.Form.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value.Select(v => v ?? string.Empty).ToList(), StringComparer.Ordinal));
}
