using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Training.Web.Hosting;

namespace Training.Web.Security;

/// <summary>
/// Checks a sign-in cookie against its account every few minutes: a deleted account, a changed role
/// or a changed password (a new security stamp) signs the cookie out. Between checks, requests
/// cost no database read.
/// </summary>
internal static class AccountCookieValidator
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var platform = context.HttpContext.RequestServices.GetRequiredService<TrainingPlatform>();
        var user = context.Principal;
        var now = platform.Time.GetUtcNow();
        if (user is null || !long.TryParse(user.FindFirst(TrainingClaims.ValidatedAt)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var checkedAt))
        {
            await Reject(context);
            return;
        }

        if (now - DateTimeOffset.FromUnixTimeSeconds(checkedAt) < Interval)
        {
            return;
        }

        var account = user.Identity?.Name is { } name ? platform.Accounts.Find(name) : null;
        if (account is null
            || account.SecurityStamp != user.FindFirst(TrainingClaims.SecurityStamp)?.Value
            || SignInClaims.RoleName(account.Role) != user.FindFirst(ClaimTypes.Role)?.Value
            || account.TraineeId != user.FindFirst(TrainingClaims.TraineeId)?.Value)
        {
            await Reject(context);
            return;
        }

        context.ReplacePrincipal(SignInClaims.For(account, now));
        context.ShouldRenew = true;
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
