using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Web.Hosting;
using Training.Web.Security;

namespace Training.Web.Pages.Account;

/// <summary>Sign-in with a user name and password (rate-limited: <see cref="SignInRateLimit"/>).</summary>
[AllowAnonymous]
internal sealed class SignInModel(TrainingPlatform platform, IWebHostEnvironment environment) : PageModel
{
    /// <summary>The command that creates the first admin account, shown while there is none.</summary>
    public const string FirstAdminCommand = "dotnet run --project host/Training.Cli -- users add admin --role admin";

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public bool NoAccounts { get; private set; }

    /// <summary>Over plain HTTP outside development, the browser will not send the Secure sign-in cookie back.</summary>
    public bool NeedsHttps => !Request.IsHttps && !environment.IsDevelopment();

    public string DataDirectory => platform.Options.DataDirectory;

    public void OnGet() => NoAccounts = !platform.Accounts.Any();

    public async Task<IActionResult> OnPostAsync()
    {
        var principal = platform.Accounts.SignIn(UserName ?? string.Empty, Password ?? string.Empty);
        var account = principal is null ? null : platform.Accounts.Find(principal.UserName);
        if (account is null)
        {
            Failed = true;
            NoAccounts = !platform.Accounts.Any();
            Password = null;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInClaims.For(account, platform.Time.GetUtcNow()));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
