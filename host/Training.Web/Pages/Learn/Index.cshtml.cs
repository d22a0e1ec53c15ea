using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Progress;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Learn;

/// <summary>The trainee's dashboard: each enrolled track with its progress bar and modules, and the next step.</summary>
internal sealed class IndexModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public TraineeProgress Progress { get; private set; } = null!;

    public NextStep? Next => Progress.Next;

    public ModuleCatalog Catalog => platform.Catalog;

    public void OnGet()
    {
        // One read of the store: the progress carries the next step.
        Progress = current.Trainee().GetProgress();
    }

    public ModuleProgress? ModuleOf(string moduleId) => Progress.Modules.FirstOrDefault(m => m.Id == moduleId);
}
