using Training.TestSupport;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests;

/// <summary>
/// One host for every fixture that needs no settings of its own: starting a host loads every module,
/// so sharing it keeps the suite fast. Fixtures use their own user names; the clock is manual.
/// </summary>
[SetUpFixture]
public sealed class SharedHost
{
    private static WebApp? s_app;

    public static ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The shared host: the shipped modules plus tests/modules/good and tests/modules/terminal.</summary>
    public static WebApp App => s_app ??= new WebApp(
        time: Time,
        extraModules: [Path.Combine(RepositoryPaths.Root, "tests", "modules", "good"), Path.Combine(RepositoryPaths.Root, "tests", "modules", "terminal")]);

    [OneTimeTearDown]
    public void Stop() => s_app?.Dispose();
}
