using Training.Engine.Modules;
using Training.TestSupport;

namespace Training.Engine.Tests.Modules;

/// <summary>Where the test modules are: the corpus in tests/modules and the plugins laid out by the build.</summary>
internal static class ModuleFixtures
{
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "modules");

    public static string BrokenPlugins => Path.Combine(AppContext.BaseDirectory, "broken-modules");

    public static string Good => Path.Combine(RepositoryPaths.Root, "tests", "modules", "good");

    public static string Broken => Path.Combine(RepositoryPaths.Root, "tests", "modules", "broken");

    public static ModuleCatalog LoadEverything() => new ModuleCatalogLoader().Load(new ModuleSearchOptions
    {
        ShippedDirectory = Shipped,
        ExtraDirectories = [Good, Broken, BrokenPlugins],
    });
}
