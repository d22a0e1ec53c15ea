using NUnit.Framework;

namespace Training.TestSupport;

/// <summary>Finds the repository and the external corpora beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding Training.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>
    /// The <c>../shared</c> folder beside the checkout (corpora, seeds). It exists in CI and on
    /// developer machines, not on a user's: tests that need it call <see cref="RequireShared"/>.
    /// </summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Returns a path under <c>../shared</c>, or marks the test ignored with a clear reason when it is missing.</summary>
    /// <param name="relative">The path below <c>../shared</c>.</param>
    /// <returns>The full path.</returns>
    public static string RequireShared(string relative)
    {
        var path = Path.Combine(Shared, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"Skipped: '{path}' is missing. This test reads the external corpora in ../shared beside the checkout, which only CI and developer machines have.");
        }

        return path;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Training.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Training.sln was not found above " + AppContext.BaseDirectory);
    }
}
