using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Training.Web.Localization;

namespace Training.Web.Security;

/// <summary>
/// Limits sign-in attempts (the POST of <see cref="Path"/>) per client address and per user name,
/// with ASP.NET Core's rate limiting middleware: guessing passwords gets slow for one attacker and
/// for one account. Other requests are not limited. Limits come from configuration
/// (<c>Training:SignIn:PerAddress</c>, <c>PerUser</c>, <c>WindowSeconds</c>).
/// </summary>
internal static class SignInRateLimit
{
    public const string Path = "/account/sign-in";
    public const string UserNameField = "UserName";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection("Training:SignIn");
            var perAddress = section.GetValue("PerAddress", 20);
            var perUser = section.GetValue("PerUser", 5);
            var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 300));
            // Only sign-in POSTs reach the limiter (UseSignInRateLimit), so every request it sees is partitioned.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Window(perAddress, window))),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    RateLimitPartition.GetFixedWindowLimiter("user:" + UserName(context), _ => Window(perUser, window))));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellation) => Reject(context.HttpContext, window, cancellation);
        });
        return services;
    }

    /// <summary>
    /// Limits sign-in POSTs, reading the form first so the limiter can partition by user name. Other
    /// requests skip the branch: they pay nothing for it.
    /// </summary>
    public static IApplicationBuilder UseSignInRateLimit(this IApplicationBuilder app) =>
        app.UseWhen(IsSignIn, branch =>
        {
            branch.Use(async (context, next) =>
            {
                if (context.Request.HasFormContentType)
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }

                await next(context);
            });
            branch.UseRateLimiter();
        });

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);

    private static string UserName(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form.TryGetValue(UserNameField, out var name)
            ? name.ToString().Trim().ToLowerInvariant()
            : string.Empty;

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static async ValueTask Reject(HttpContext context, TimeSpan window, CancellationToken cancellation)
    {
        var english = Ui.Of(context) == Ui.English;
        var minutes = Math.Max(1, (int)Math.Ceiling(window.TotalMinutes));
        context.Response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = english ? "Too many sign-in attempts" : "Trop de tentatives de connexion";
        var text = english
            ? $"Too many sign-in attempts from this computer or for this account. Wait {minutes} minutes, then try again. If you forgot your password, ask an administrator of this site for a new one."
            : $"Trop de tentatives de connexion depuis cet ordinateur ou pour ce compte. Patientez {minutes} minutes, puis réessayez. Si vous avez oublié votre mot de passe, demandez-en un nouveau à un administrateur de ce site.";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{(english ? "en" : "fr")}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
            $"<body><main class=\"page\"><h1>{WebUtility.HtmlEncode(title)}</h1><p class=\"notice bad\" role=\"alert\">{WebUtility.HtmlEncode(text)}</p><p><a href=\"{Path}\">{(english ? "Back to sign-in" : "Retour à la connexion")}</a></p></main></body></html>",
            cancellation);
    }
}
