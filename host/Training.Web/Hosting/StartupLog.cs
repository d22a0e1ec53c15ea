using Training.Engine.Modules;

namespace Training.Web.Hosting;

/// <summary>What the host says at startup: the modules loaded, every module that failed with its diagnostics, and setup hints.</summary>
internal static partial class StartupLog
{
    public static void Catalog(ILogger logger, ModuleCatalog catalog, WebHostOptions options)
    {
        var loaded = catalog.Modules.Count(m => m.Status == ModuleStatus.Loaded);
        ModulesLoaded(logger, loaded, catalog.Modules.Count, catalog.Tracks.Count, options.DataDirectory);
        foreach (var module in catalog.Modules.Where(m => m.Status == ModuleStatus.Failed))
        {
            ModuleFailed(logger, module.Id, module.Directory, string.Join(Environment.NewLine, module.Diagnostics.Select(d => "  " + d)));
        }
    }

    public static void Cookies(ILogger logger, IWebHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            SecureCookies(logger, environment.EnvironmentName);
        }
    }

    public static void Proxy(ILogger logger, string? proxies)
    {
        if (proxies is not null)
        {
            BehindProxy(logger, proxies);
        }
    }

    public static void Accounts(ILogger logger, TrainingPlatform platform)
    {
        if (!platform.Accounts.Any())
        {
            NoAccounts(logger, Pages.Account.SignInModel.FirstAdminCommand, platform.Options.DataDirectory);
        }
    }

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "No account exists yet. Create the first admin from the project folder: {Command} (same data folder: {DataFolder}, or set TRAINING_DATA). Then sign in at /account/sign-in.")]
    private static partial void NoAccounts(ILogger logger, string command, string dataFolder);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Behind a reverse proxy: the client address and scheme are taken from X-Forwarded-For and X-Forwarded-Proto sent by {Proxies}; other senders' headers are ignored.")]
    private static partial void BehindProxy(ILogger logger, string proxies);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Environment {Environment}: the sign-in cookie is marked Secure, so browsers send it over HTTPS only. Serve through HTTPS (docs/web.md), or set ASPNETCORE_ENVIRONMENT=Development to try it locally over plain HTTP.")]
    private static partial void SecureCookies(ILogger logger, string environment);

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded {Loaded} of {Total} modules ({Tracks} tracks); data folder {DataFolder}")]
    private static partial void ModulesLoaded(ILogger logger, int loaded, int total, int tracks, string dataFolder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Module '{Module}' ({Folder}) failed to load and is skipped:\n{Diagnostics}")]
    private static partial void ModuleFailed(ILogger logger, string module, string folder, string diagnostics);
}
