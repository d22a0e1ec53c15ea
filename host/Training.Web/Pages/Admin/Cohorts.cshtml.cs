using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Web.Hosting;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Admin;

/// <summary>
/// Cohorts as an admin manages them (<c>training cohorts create|add|import|assign</c>): every cohort
/// with its coordinators; create one, add trainees or import a roster, assign or remove coordinators.
/// </summary>
[RequestSizeLimit(MaxRosterBytes + (64 * 1024))]
internal sealed class CohortsModel(CurrentPrincipal current, TrainingPlatform platform, Ui ui) : PageModel
{
    public const int MaxRosterBytes = 4 * 1024 * 1024;

    public IReadOnlyList<Cohort> Cohorts { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Coordinators { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<UserAccount> CoordinatorAccounts { get; private set; } = [];

    /// <summary>Tracks a cohort can follow: valid ones only.</summary>
    public IEnumerable<CatalogTrack> Tracks => platform.Catalog.Tracks.Where(t => t.IsValid).OrderBy(t => t.Track.Id, StringComparer.Ordinal);

    public (string Form, bool Ok, string Message)? Outcome { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostCreate(string? id, string? trackId, string? title, string? deadline) => Run("create", admin =>
    {
        var cohort = admin.CreateCohort(id ?? string.Empty, trackId ?? string.Empty, Blank(title), Blank(deadline));
        return ui.T($"Cohorte « {cohort.Id} » créée.", $"Cohort '{cohort.Id}' created.");
    });

    public IActionResult OnPostAssign(string? cohortId, string? userName) => Run("assign", admin =>
        admin.AssignCoordinator(cohortId ?? string.Empty, userName ?? string.Empty)
            ? ui.T($"{userName} coordonne maintenant « {cohortId} ».", $"{userName} now coordinates '{cohortId}'.")
            : ui.T($"{userName} coordonnait déjà « {cohortId} ».", $"{userName} already coordinated '{cohortId}'."));

    public IActionResult OnPostUnassign(string? cohortId, string? userName) => Run("assign", admin =>
        admin.UnassignCoordinator(cohortId ?? string.Empty, userName ?? string.Empty)
            ? ui.T($"{userName} ne coordonne plus « {cohortId} ».", $"{userName} no longer coordinates '{cohortId}'.")
            : ui.T($"{userName} ne coordonnait pas « {cohortId} ».", $"{userName} did not coordinate '{cohortId}'."));

    public IActionResult OnPostAddMembers(string? cohortId, string? traineeIds) => Run("members", admin =>
    {
        var ids = (traineeIds ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Changed(admin.AddToCohort(cohortId ?? string.Empty, ids));
    });

    public async Task<IActionResult> OnPostImportAsync(string? cohortId, IFormFile? roster)
    {
        if (roster is not { Length: > 0 } || roster.Length > MaxRosterBytes)
        {
            return Finish("members", false, ui.T($"Choisissez un fichier de liste (.csv, {MaxRosterBytes / (1024 * 1024)} Mo au plus).", $"Choose a roster file (.csv, at most {MaxRosterBytes / (1024 * 1024)} MB)."));
        }

        string text;
        using (var reader = new StreamReader(roster.OpenReadStream()))
        {
            text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        }

        return Run("members", admin => Changed(admin.ImportRoster(cohortId ?? string.Empty, new StringReader(text), Path.GetFileName(roster.FileName))));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private string Changed(CohortChange change) => ui.T(
        $"Cohorte « {change.CohortId} » : {change.Added.Count} ajouté(s), {change.AlreadyMembers.Count} déjà membre(s), {change.Created.Count} créé(s), {change.Enrolled.Count} inscrit(s) au parcours.",
        $"Cohort '{change.CohortId}': {change.Added.Count} added, {change.AlreadyMembers.Count} already members, {change.Created.Count} created, {change.Enrolled.Count} enrolled in the track.");

    private IActionResult Run(string form, Func<AdminWorkspace, string> action)
    {
        var admin = current.Admin();
        try
        {
            return Finish(form, true, action(admin));
        }
        catch (LearningRecordsException exception)
        {
            return Finish(form, false, exception.Message);
        }
    }

    private PageResult Finish(string form, bool ok, string message)
    {
        Outcome = (form, ok, message);
        if (!ok)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        Load();
        return Page();
    }

    private void Load()
    {
        var admin = current.Admin();
        Cohorts = admin.ListCohorts();
        Coordinators = Cohorts.ToDictionary(c => c.Id, c => admin.ListCoordinators(c.Id), StringComparer.Ordinal);
        CoordinatorAccounts = [.. admin.ListUsers().Where(u => u.Role == Role.Coordinator)];
    }
}
