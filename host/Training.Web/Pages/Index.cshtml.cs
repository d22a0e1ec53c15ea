using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Web.Security;

namespace Training.Web.Pages;

/// <summary>The home page: signed-in users go straight to their area (trainees to their dashboard, coordinators and admins to the cohorts).</summary>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        Policies.IsTrainee(User) ? Redirect("/learn")
        : Policies.IsCoordinator(User) ? Redirect("/coordinate")
        : Page();
}
