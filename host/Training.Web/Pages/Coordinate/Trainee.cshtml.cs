using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Certificates;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>A member's progress: tracks, modules, quizzes and certificates. Only members of the coordinator's cohorts (the engine refuses others with 403).</summary>
internal sealed class TraineeModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public Trainee Trainee { get; private set; } = null!;

    public TraineeProgress Progress { get; private set; } = null!;

    public IReadOnlyList<CertificateRecord> Certificates { get; private set; } = [];

    public ModuleCatalog Catalog => platform.Catalog;

    public DateTimeOffset Now => platform.Time.GetUtcNow();

    public void OnGet(string traineeId)
    {
        var workspace = current.Coordinator();
        Trainee = workspace.GetTrainee(traineeId);
        Progress = workspace.GetProgress(traineeId);
        Certificates = workspace.ListCertificates(traineeId);
    }
}
