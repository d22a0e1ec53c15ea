using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Training.Engine.Access;
using Training.TestSupport;
using Training.Web.Hosting;

namespace Training.Web.Tests.Infrastructure;

/// <summary>
/// The real web host in process (WebApplicationFactory) over a fresh data folder, with the real
/// shipped modules and, when asked, test modules. Clients speak HTTPS, so the host runs with its
/// production cookie settings (Secure).
/// </summary>
public sealed class WebApp : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly WebApplicationFactory<Program> _factory;

    public WebApp(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null, params string[] extraModules)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Training:Data", _data.Path);
            builder.UseSetting("Training:ShippedModules", Path.Combine(AppContext.BaseDirectory, "modules"));
            for (var i = 0; i < extraModules.Length; i++)
            {
                builder.UseSetting($"Training:Modules:{i}", extraModules[i]);
            }

            // Tests sign in often: the limits are raised unless a test is about them.
            builder.UseSetting("Training:SignIn:PerAddress", "10000");
            builder.UseSetting("Training:SignIn:PerUser", "10000");
            if (time is not null)
            {
                builder.ConfigureServices(services => services.AddSingleton(time));
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
    }

    public string DataDirectory => _data.Path;

    /// <summary>The host's engine, to arrange records and accounts through the engine's own API.</summary>
    internal TrainingPlatform Platform => _factory.Services.GetRequiredService<TrainingPlatform>();

    public IServiceProvider Services => _factory.Services;

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests assert them).</summary>
    public WebClient Client() => new(_factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>Adds a trainee enrolled in a track, with a trainee account.</summary>
    public void AddTrainee(string id, string password, params string[] tracks)
    {
        Platform.Records.AddTrainee(id, NameOf(id));
        foreach (var track in tracks)
        {
            Platform.Records.Enroll(id, track);
        }

        Platform.Accounts.Add(id, password, Role.Trainee, traineeId: id);
    }

    /// <summary>The name <see cref="AddTrainee"/> gives a trainee: <c>iso-alice</c> is "Iso-alice Test".</summary>
    public static string NameOf(string id) => id[..1].ToUpperInvariant() + id[1..] + " Test";

    public void AddUser(string userName, string password, Role role) => Platform.Accounts.Add(userName, password, role);

    public void Dispose()
    {
        _factory.Dispose();
        _data.Dispose();
    }
}
