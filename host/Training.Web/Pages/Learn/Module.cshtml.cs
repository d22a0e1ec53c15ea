using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Progress;
using Training.Web.Hosting;
using Training.Web.Learning;
using Training.Web.Security;

namespace Training.Web.Pages.Learn;

/// <summary>A module: its lessons (read or not) and quizzes (best grade, passed or not).</summary>
internal sealed class ModuleModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public LoadedModule Module { get; private set; } = null!;

    public ModuleProgress? Progress { get; private set; }

    public IReadOnlyList<ModuleStep> Steps => LessonPages.Steps(Module);

    public IActionResult OnGet(string moduleId)
    {
        if (platform.Catalog.FindLoaded(moduleId) is not { } module)
        {
            return NotFound();
        }

        Module = module;
        Progress = current.Trainee().GetProgress().Modules.FirstOrDefault(m => m.Id == moduleId);
        return Page();
    }

    public bool IsDone(ModuleStep step) => step.Kind == ModuleStepKind.Lesson
        ? Progress?.CompletedLessons.Contains(step.Id) == true
        : Progress?.Quizzes.FirstOrDefault(q => q.Id == step.Id)?.Passed == true;

    public QuizProgress? QuizOf(string quizId) => Progress?.Quizzes.FirstOrDefault(q => q.Id == quizId);
}
