using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Admin;

/// <summary>The admin area's overview: modules, accounts, trainees and cohorts at a glance.</summary>
internal sealed class IndexModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public int ModulesLoaded { get; private set; }

    public int ModulesFailed { get; private set; }

    public int Users { get; private set; }

    public int Trainees { get; private set; }

    public int Cohorts { get; private set; }

    public void OnGet()
    {
        var admin = current.Admin();
        ModulesLoaded = platform.Catalog.Modules.Count(m => m.Status == ModuleStatus.Loaded);
        ModulesFailed = platform.Catalog.Modules.Count(m => m.Status == ModuleStatus.Failed);
        Users = admin.ListUsers().Count;
        Trainees = admin.ListTrainees().Count;
        Cohorts = admin.ListCohorts().Count;
    }
}
