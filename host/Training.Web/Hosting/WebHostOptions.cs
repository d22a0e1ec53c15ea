using Training.Engine.Hosting;

namespace Training.Web.Hosting;

/// <summary>Where the web host finds its data and modules, from configuration (<c>--data</c>, <c>Training:Data</c>, else <c>$TRAINING_DATA</c>).</summary>
internal sealed record WebHostOptions
{
    /// <summary>The URL served when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public required string DataDirectory { get; init; }

    public required string ShippedModulesDirectory { get; init; }

    public IReadOnlyList<string> ExtraModuleDirectories { get; init; } = [];

    public static WebHostOptions From(IConfiguration configuration)
    {
        var data = configuration["data"] ?? configuration["Training:Data"];
        var extra = configuration.GetSection("Training:Modules").Get<string[]>() ?? [];
        return new WebHostOptions
        {
            DataDirectory = DataFolder.Resolve(data),
            ShippedModulesDirectory = configuration["Training:ShippedModules"] ?? Path.Combine(AppContext.BaseDirectory, DataFolder.ModulesFolderName),
            ExtraModuleDirectories = extra.Select(Path.GetFullPath).ToList(),
        };
    }
}
