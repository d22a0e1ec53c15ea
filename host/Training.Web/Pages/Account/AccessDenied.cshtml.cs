using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Training.Web.Pages.Account;

/// <summary>Shown (with status 403) when a signed-in user asks for a page their role does not allow.</summary>
[AllowAnonymous]
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
