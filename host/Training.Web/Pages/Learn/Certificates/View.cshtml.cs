using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Records.Certificates;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Learn.Certificates;

/// <summary>One of the trainee's certificates: printable, with its signed credential to download. Another trainee's is refused (403).</summary>
internal sealed class ViewModel(CurrentPrincipal current, TrainingPlatform platform) : PageModel
{
    public CertificateRecord Certificate { get; private set; } = null!;

    public string TraineeName { get; private set; } = string.Empty;

    public string TrackTitle { get; private set; } = string.Empty;

    public bool Valid { get; private set; }

    public void OnGet(string certificateId)
    {
        var workspace = current.Trainee();
        Certificate = workspace.GetCertificate(certificateId);
        TraineeName = workspace.Me.Name;
        TrackTitle = platform.Catalog.FindTrack(Certificate.TrackId)?.Track.Title.Get(Localization.Ui.Of(HttpContext)) ?? Certificate.TrackId;
        Valid = Certificate.IsValidAt(platform.Time.GetUtcNow());
    }

    /// <summary>The signed credential (VC-JWT), as a file anyone can verify.</summary>
    public IActionResult OnGetDownload(string certificateId)
    {
        var certificate = current.Trainee().GetCertificate(certificateId);
        var name = "certificate-" + certificate.TrackId + "-" + certificate.IssuedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".jwt";
        return File(Encoding.ASCII.GetBytes(certificate.Credential + "\n"), "application/jwt", name);
    }
}
