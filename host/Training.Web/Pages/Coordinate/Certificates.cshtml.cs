using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Modules;
using Training.Engine.Records.Certificates;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Coordinate;

/// <summary>
/// Certificates of the coordinator's trainees that expire within the chosen window, or expired no
/// longer ago than it (<c>training certificates expiring --within</c>): who must recertify, soonest first.
/// </summary>
internal sealed class CertificatesModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public const int DefaultDays = 30;
    public const int MaxDays = 3650;

    public static IReadOnlyList<int> Windows { get; } = [7, 30, 60, 90, 180, 365];

    [FromQuery(Name = "days")]
    public int Days { get; set; } = DefaultDays;

    public IReadOnlyList<CertificateDue> Due { get; private set; } = [];

    public ModuleCatalog Catalog => platform.Catalog;

    public IActionResult OnGet()
    {
        if (Days is < 1 or > MaxDays)
        {
            return BadRequest();
        }

        Due = current.Coordinator().ListCertificatesDue(TimeSpan.FromDays(Days));
        return Page();
    }
}
