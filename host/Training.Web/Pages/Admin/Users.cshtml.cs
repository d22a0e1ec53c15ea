using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Records;
using Training.Engine.Records.Trainees;
using Training.Web.Hosting;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Pages.Admin;

/// <summary>
/// Accounts (<c>training users add|list|password|remove</c>) and trainees (<c>training trainees add</c>): lists,
/// add forms, a new password for a user who forgot theirs, and removing the account of someone who left. A trainee account acts as an existing
/// trainee, so trainees are registered first.
/// </summary>
internal sealed class UsersModel(CurrentPrincipal current, TrainingPlatform platform, Ui ui) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<Trainee> Trainees { get; private set; } = [];

    /// <summary>What the last form did, or why it was refused, and which form it was.</summary>
    public (string Form, bool Ok, string Message)? Outcome { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostAddUser(string? userName, string? displayName, string? role, string? traineeId, string? password, string? confirm)
    {
        if (RoleOf(role) is not { } chosen)
        {
            return Refuse("user", ui.T("Choisissez un rôle : stagiaire, coordinateur ou administrateur.", "Choose a role: trainee, coordinator or admin."));
        }

        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            return Refuse("user", ui.T("Les deux mots de passe ne sont pas identiques. Rien n'a été créé.", "The two passwords differ. Nothing was created."));
        }

        try
        {
            var account = current.Admin().AddUser(
                userName ?? string.Empty,
                password ?? string.Empty,
                chosen,
                chosen == Role.Trainee && !string.IsNullOrWhiteSpace(traineeId) ? traineeId.Trim() : null,
                string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim());
            return Done("user", ui.T($"Compte « {account.UserName} » créé.", $"Account '{account.UserName}' created."));
        }
        catch (LearningRecordsException exception)
        {
            return Refuse("user", exception.Message);
        }
    }

    public async Task<IActionResult> OnPostSetPassword(string? userName, string? password, string? confirm)
    {
        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            return Refuse("password", ui.T("Les deux mots de passe ne sont pas identiques. Rien n'a été changé.", "The two passwords differ. Nothing was changed."));
        }

        try
        {
            var name = (userName ?? string.Empty).Trim();
            current.Admin().SetPassword(name, password ?? string.Empty);
            var account = platform.Accounts.Get(name);
            if (string.Equals(account.UserName, current.Required.UserName, StringComparison.Ordinal))
            {
                // The new security stamp would sign this session out at its next check: renew it instead.
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInClaims.For(account, platform.Time.GetUtcNow()));
            }

            return Done("password", ui.T(
                $"Mot de passe de « {name} » changé. Ses autres sessions se ferment dans les 5 minutes.",
                $"Password of '{name}' changed. Their other sessions end within 5 minutes."));
        }
        catch (LearningRecordsException exception)
        {
            return Refuse("password", exception.Message);
        }
    }

    public IActionResult OnPostRemoveUser(string? userName, string? confirm)
    {
        var name = (userName ?? string.Empty).Trim();
        if (confirm != "yes")
        {
            return Refuse("remove", ui.T("Cochez la case de confirmation pour supprimer un compte. Rien n'a été supprimé.", "Tick the confirmation box to remove an account. Nothing was removed."));
        }

        try
        {
            current.Admin().RemoveUser(name);
            return Done("remove", ui.T(
                $"Compte « {name} » supprimé. Ses sessions se ferment dans les 5 minutes.",
                $"Account '{name}' removed. Its sessions end within 5 minutes."));
        }
        catch (LearningRecordsException exception)
        {
            return Refuse("remove", exception.Message);
        }
    }

    public IActionResult OnPostAddTrainee(string? id, string? name, string? email)
    {
        try
        {
            var trainee = current.Admin().AddTrainee(id ?? string.Empty, name ?? string.Empty, string.IsNullOrWhiteSpace(email) ? null : email.Trim());
            return Done("trainee", ui.T($"Stagiaire « {trainee.Id} » enregistré(e).", $"Trainee '{trainee.Id}' registered."));
        }
        catch (LearningRecordsException exception)
        {
            return Refuse("trainee", exception.Message);
        }
    }

    public string RoleText(Role role) => role switch
    {
        Role.Trainee => ui.T("stagiaire", "trainee"),
        Role.Coordinator => ui.T("coordinateur", "coordinator"),
        _ => ui.T("administrateur", "admin"),
    };

    private static Role? RoleOf(string? role) => role switch
    {
        "trainee" => Role.Trainee,
        "coordinator" => Role.Coordinator,
        "admin" => Role.Admin,
        _ => null,
    };

    private PageResult Done(string form, string message)
    {
        Outcome = (form, true, message);
        Load();
        return Page();
    }

    private PageResult Refuse(string form, string message)
    {
        Outcome = (form, false, message);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        Load();
        return Page();
    }

    private void Load()
    {
        var admin = current.Admin();
        Users = admin.ListUsers();
        Trainees = admin.ListTrainees();
    }
}
