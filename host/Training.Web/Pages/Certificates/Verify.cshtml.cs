using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Certificates;
using Training.Web.Hosting;
using Training.Web.Localization;

namespace Training.Web.Pages.Certificates;

/// <summary>
/// Public verification: paste or upload a credential and see whether this platform issued it, is
/// it intact, and is it within its dates — checked against this data folder's issuer key, offline.
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(4 * CertificateVerifier.MaxLength + 64 * 1024)]
internal sealed class VerifyModel(TrainingPlatform platform) : PageModel
{
    [BindProperty]
    public string? Credential { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public CertificateVerification? Result { get; private set; }

    public bool NoIssuerKey { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var text = Credential;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > 4L * CertificateVerifier.MaxLength)
            {
                Result = new CertificateVerification(false, $"malformed: the file is larger than {CertificateVerifier.MaxLength} characters", null, null, null, null);
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        using var key = platform.FindIssuerPublicKey();
        if (key is null)
        {
            NoIssuerKey = true;
            return Page();
        }

        Result = CertificateVerifier.Verify(text, key, platform.Time.GetUtcNow());
        Credential = text?.Trim();
        return Page();
    }

    /// <summary>The failure in the reader's language; the verifier's own reason is shown beside it.</summary>
    public static string Explain(CertificateVerification result, Ui ui) => result.Failure switch
    {
        CertificateFailure.None => ui.T("Ce certificat est authentique, intact et en cours de validité.", "This certificate is genuine, intact and within its validity dates."),
        CertificateFailure.Malformed => ui.T("Ce texte n'est pas un certificat lisible : copiez-le en entier, sans rien y ajouter.", "This text is not a readable certificate: copy all of it, and nothing else."),
        CertificateFailure.UnsupportedAlgorithm => ui.T("Ce certificat n'est pas signé comme ceux de cette plateforme.", "This certificate is not signed the way this platform signs certificates."),
        CertificateFailure.WrongKey => ui.T("Ce certificat a été signé par un autre émetteur que cette plateforme.", "This certificate was signed by an issuer other than this platform."),
        CertificateFailure.BadSignature => ui.T("La signature ne correspond pas : le certificat a été modifié après sa signature, ou un autre émetteur l'a signé.", "The signature does not match: the certificate was changed after it was signed, or another issuer signed it."),
        CertificateFailure.NotOpenBadge => ui.T("Le document est signé, mais ce n'est pas un certificat Open Badges.", "The document is signed, but it is not an Open Badges certificate."),
        CertificateFailure.Inconsistent => ui.T("Le contenu du certificat est incohérent.", "The certificate's content is inconsistent."),
        CertificateFailure.NotYetValid => ui.T("Ce certificat n'est pas encore valide.", "This certificate is not valid yet."),
        CertificateFailure.Expired => ui.T("Ce certificat a expiré.", "This certificate has expired."),
        _ => ui.T("Ce certificat n'est pas valide.", "This certificate is not valid."),
    };
}
