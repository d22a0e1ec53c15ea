using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Training.Engine.Access;
using Training.Engine.Accounts;

namespace Training.Web.Security;

/// <summary>The claims of a signed-in account: name, role, trainee id, display name and the account's security stamp.</summary>
internal static class SignInClaims
{
    public static ClaimsPrincipal For(UserAccount account, DateTimeOffset now)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            // Antiforgery tokens are bound to this stable claim; without it they would be bound to all
            // claims, and the periodic account check (a new ValidatedAt) would void every open form.
            new(ClaimTypes.NameIdentifier, account.UserName),
            new(ClaimTypes.Role, RoleName(account.Role)),
            new(TrainingClaims.SecurityStamp, account.SecurityStamp),
            new(TrainingClaims.ValidatedAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        };
        if (account.TraineeId is { Length: > 0 } trainee)
        {
            claims.Add(new Claim(TrainingClaims.TraineeId, trainee));
        }

        if (account.DisplayName is { Length: > 0 } display)
        {
            claims.Add(new Claim(TrainingClaims.DisplayName, display));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string RoleName(Role role) => role switch
    {
        Role.Trainee => RoleNames.Trainee,
        Role.Coordinator => RoleNames.Coordinator,
        _ => RoleNames.Admin,
    };
}
