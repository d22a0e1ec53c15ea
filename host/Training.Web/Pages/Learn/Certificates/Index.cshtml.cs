using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Certificates;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Learn.Certificates;

/// <summary>The trainee's own certificates.</summary>
internal sealed class IndexModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public IReadOnlyList<CertificateRecord> Certificates { get; private set; } = [];

    public ModuleCatalog Catalog => platform.Catalog;

    public DateTimeOffset Now => platform.Time.GetUtcNow();

    public void OnGet() => Certificates = current.Trainee().ListCertificates().Reverse().ToList();
}
