using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Training.Web.Administration;
using Training.Web.Assets;
using Training.Web.Learning;
using Training.Web.Localization;
using Training.Web.Security;

namespace Training.Web.Hosting;

/// <summary>Builds the web host: services, then the request pipeline. Program.cs only runs it.</summary>
internal static class TrainingWebApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            // Loopback by default: exposing the host is an operator's decision (docs/web.md).
            builder.WebHost.UseUrls(WebHostOptions.DefaultUrl);
        }

        AddServices(builder.Services, builder.Environment);
        builder.Services.AddReverseProxy(builder.Configuration);
        var app = builder.Build();
        Start(app);
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => WebHostOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<TrainingPlatform>();
        services.AddHttpContextAccessor();
        services.AddScoped<Ui>();
        // French text stays readable in the HTML (é, not &#xE9;); markup characters are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Data protection keys (cookies, antiforgery) live in the data folder, so sign-ins survive restarts.
        services.AddDataProtection().SetApplicationName("Training");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var folder = Path.Combine(sp.GetRequiredService<WebHostOptions>().DataDirectory, "keys", "data-protection");
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), sp.GetRequiredService<ILoggerFactory>());
        }));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/sign-in";
                options.LogoutPath = "/account/sign-out";
                options.AccessDeniedPath = "/account/access-denied";
                options.Cookie.Name = "training.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Production sits behind HTTPS (docs/web.md); plain HTTP on loopback is for development.
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = AccountCookieValidator.ValidateAsync;
                // A real 403 (the status code page explains it), not a redirect that hides the status.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddSignInRateLimit();
        services.AddScoped<CurrentPrincipal>();
        services.AddSingleton<LessonPages>();
        services.AddCoordinatorAndAdminPages();
        Policies.Add(services.AddAuthorizationBuilder());

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "training.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            // The token only proves the form came from this site; the sign-in cookie is the credential.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Learn", Policies.Trainee);
            options.Conventions.AuthorizeFolder("/Coordinate", Policies.Coordinator);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
        }).AddMvcOptions(options => options.Filters.Add(new EngineErrorFilter()));
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
    }

    private static void Start(WebApplication app)
    {
        // The catalog loads once, here, not per request; a broken module is logged and skipped.
        var platform = app.Services.GetRequiredService<TrainingPlatform>();
        StartupLog.Catalog(app.Logger, platform.Catalog, platform.Options);
        StartupLog.Cookies(app.Logger, app.Environment);
        StartupLog.Proxy(app.Logger, ReverseProxy.Describe(app.Configuration));
        StartupLog.Accounts(app.Logger, platform);
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseReverseProxy();

        // Never a stack trace for users, in any environment: the error page says what happened.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRequestLocalization(Localization());
        app.UseRouting();
        app.UseSignInRateLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapModuleAssets();
    }

    private static RequestLocalizationOptions Localization()
    {
        var cultures = Ui.Languages.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Ui.French),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Cookie (the language switch) first, then the browser's Accept-Language; no query string.
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }
}
