using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Web.Security;

namespace Training.Web.Pages;

/// <summary>The home page: trainees go straight to their dashboard.</summary>
/// <remarks>Coordinators and admins will go to their area once its pages exist (Pages/Coordinate).</remarks>
internal sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Policies.IsTrainee(User) ? Redirect("/learn") : Page();
}
