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

    public NextStep? Next { get; private set; }

    public ModuleCatalog Catalog => platform.Catalog;

    public void OnGet()
    {
        var workspace = current.Trainee();
        Progress = workspace.GetProgress();
        Next = workspace.NextStep();
    }

    public ModuleProgress? ModuleOf(string moduleId) => Progress.Modules.FirstOrDefault(m => m.Id == moduleId);
}
