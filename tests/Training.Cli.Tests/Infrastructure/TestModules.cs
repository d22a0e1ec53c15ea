using Training.TestSupport;

namespace Training.Cli.Tests.Infrastructure;

/// <summary>The test module corpus in tests/modules.</summary>
public static class TestModules
{
    public static string Good => Path.Combine(RepositoryPaths.Root, "tests", "modules", "good");

    public static string Broken => Path.Combine(RepositoryPaths.Root, "tests", "modules", "broken");

    public static string Basics => Path.Combine(Good, "basics");
}
