using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Diagnostics;
using Training.Engine.Modules;
using Training.Engine.Packaging;
using Training.Web.Administration;
using Training.Web.Hosting;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Admin;

/// <summary>
/// The module catalog as the host loaded it at startup (loaded modules, failed ones with every
/// diagnostic, tracks that cannot be followed), and the package upload: the same checks as
/// <c>training modules install</c>, into the data folder's <c>modules/</c>. The catalog is not reloaded
/// while the host runs (requests in flight hold its modules and plugin assemblies): an installed
/// module takes effect at the next start, and is listed here until then.
/// </summary>
[RequestSizeLimit(PackageUploadOptions.HardLimitBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = PackageUploadOptions.HardLimitBytes)]
internal sealed class ModulesModel(CurrentPrincipal current, TrainingPlatform platform, PackageUploadOptions uploads, PendingInstalls pending, Ui ui) : PageModel
{
    public ModuleCatalog Catalog => platform.Catalog;

    public IReadOnlyList<PendingInstall> Pending => pending.All;

    public long MaxBytes => uploads.MaxBytes;

    [BindProperty]
    public IFormFile? Package { get; set; }

    [BindProperty]
    public bool DryRun { get; set; }

    [BindProperty]
    public bool Force { get; set; }

    /// <summary>The install's outcome, once a package was sent.</summary>
    public PackageInstallResult? Result { get; private set; }

    /// <summary>The result's diagnostics, located relative to the uploaded file.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; private set; } = [];

    /// <summary>Why the upload was not even checked (no file, too large).</summary>
    public string? UploadProblem { get; private set; }

    public string? UploadName { get; private set; }

    public void OnGet() => _ = current.Admin();

    public async Task<IActionResult> OnPostAsync()
    {
        var admin = current.Admin();
        if (Package is not { Length: > 0 } file)
        {
            return Problem(ui.T("Choisissez un paquet de module (.zip) à envoyer.", "Choose a module package (.zip) to send."), StatusCodes.Status400BadRequest);
        }

        UploadName = UploadedPackage.SafeName(file.FileName);
        if (file.Length > uploads.MaxBytes)
        {
            return Problem(
                ui.T($"Le fichier fait {Size(file.Length)} ; la limite est de {Size(uploads.MaxBytes)}. Rien n'a été installé.",
                     $"The file is {Size(file.Length)}; the limit is {Size(uploads.MaxBytes)}. Nothing was installed."),
                StatusCodes.Status413PayloadTooLarge);
        }

        var modulesDirectory = platform.SearchOptions.InstalledDirectory!;
        Directory.CreateDirectory(modulesDirectory);
        using (var saved = await UploadedPackage.Save(file, HttpContext.RequestAborted))
        {
            Result = admin.InstallModule(saved.Path, Force, DryRun);
            Diagnostics = [.. Result.Diagnostics.Select(d => saved.Display(d, modulesDirectory))];
        }

        if (Result.Succeeded && !Result.DryRun)
        {
            pending.Add(Result.Id!, Result.Version!, Result.PreviousVersion, admin.Principal.UserName);
        }

        if (!Result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public static string Location(Diagnostic diagnostic) => diagnostic.Location?.ToString() ?? string.Empty;

    public string Size(long bytes) => bytes switch
    {
        < 1024 => ui.T($"{bytes} octets", $"{bytes} bytes"),
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + ui.T(" Ko", " KB"),
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + ui.T(" Mo", " MB"),
    };

    private PageResult Problem(string message, int status)
    {
        UploadProblem = message;
        Response.StatusCode = status;
        return Page();
    }
}
