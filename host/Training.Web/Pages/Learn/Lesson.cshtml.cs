using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Sdk.Content;
using Training.Web.Learning;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Learn;

/// <summary>A lesson to read (sanitized HTML), marked complete with a button, with previous/next links.</summary>
internal sealed class LessonModel(CurrentPrincipal current, LessonPages lessons, Ui ui) : PageModel
{
    public LoadedModule Module { get; private set; } = null!;

    public Lesson Lesson { get; private set; } = null!;

    public string Html { get; private set; } = string.Empty;

    public bool Done { get; private set; }

    public ModuleStep? Previous { get; private set; }

    public ModuleStep? Next { get; private set; }

    public string? Refusal { get; private set; }

    public IActionResult OnGet(string moduleId, string lessonId)
    {
        if (!Load(moduleId, lessonId))
        {
            return NotFound();
        }

        Done = current.Trainee().GetProgress().Modules.FirstOrDefault(m => m.Id == moduleId)?.CompletedLessons.Contains(lessonId) == true;
        return Page();
    }

    public IActionResult OnPost(string moduleId, string lessonId)
    {
        if (!Load(moduleId, lessonId))
        {
            return NotFound();
        }

        try
        {
            var outcome = current.Trainee().CompleteLesson(moduleId, lessonId);
            TempData["Message"] = OutcomeText.Lesson(outcome, lessons.Catalog, ui);
        }
        catch (LearningRecordsException exception) when (exception.Kind == LearningRecordsErrorKind.Refused)
        {
            Refusal = exception.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return Redirect(Next?.Url(moduleId) ?? LearnUrls.Module(moduleId));
    }

    private bool Load(string moduleId, string lessonId)
    {
        if (lessons.Catalog.FindLesson(moduleId, lessonId) is not { } found)
        {
            return false;
        }

        var (module, lesson) = found;

        Module = module;
        Lesson = lesson;
        Html = lessons.Html(module, lesson, ui.Language);
        var steps = LessonPages.Steps(module);
        var index = steps.ToList().FindIndex(s => s.Kind == ModuleStepKind.Lesson && s.Id == lessonId);
        Previous = index > 0 ? steps[index - 1] : null;
        Next = index + 1 < steps.Count ? steps[index + 1] : null;
        return true;
    }
}
