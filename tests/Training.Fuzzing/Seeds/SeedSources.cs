using Training.Fuzzing.Targets;

namespace Training.Fuzzing;

/// <summary>
/// Where seed inputs come from: the project's own test modules and shipped plugins, the external corpora
/// in <c>../shared/corpora</c> beside the checkout (read at run time, when present), and any folders given
/// with <c>--corpus</c>.
/// </summary>
/// <param name="RepositoryRoot">The folder holding Training.sln.</param>
/// <param name="ExtraDirectories">Folders whose every file is a seed for the target being run.</param>
internal sealed record SeedSources(string RepositoryRoot, IReadOnlyList<string> ExtraDirectories)
{
    /// <summary>The external corpora, or null when ../shared is not beside the checkout.</summary>
    public string? SharedCorpora
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpora"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Finds the repository above the harness's own folder, else above the current folder.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Training.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Training.sln was not found above the harness or the current folder; pass --repo.");
    }

    /// <summary>Files below a folder of the repository (or of the shared corpora) matching a pattern, build output excluded.</summary>
    /// <param name="root">An absolute folder; missing folders yield nothing.</param>
    /// <param name="pattern">A file-name pattern such as <c>*.gift</c>.</param>
    public static IEnumerable<string> Files(string? root, string pattern)
    {
        if (root is null || !Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(root, path))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads files as seeds, skipping any larger than the target takes.</summary>
    public static IEnumerable<SeedInput> Read(IEnumerable<string> files, int maxLength) =>
        files.Select(path => new SeedInput(path, File.ReadAllBytes(path))).Where(seed => seed.Bytes.Length <= maxLength);

    /// <summary>The seeds given with <c>--corpus</c>.</summary>
    public IEnumerable<SeedInput> Extra(int maxLength) =>
        ExtraDirectories.SelectMany(directory => Read(Files(Path.GetFullPath(directory), "*"), maxLength));

    private static bool IsBuildOutput(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar);
        return relative.Any(segment => segment is "bin" or "obj" || segment.StartsWith('.'));
    }
}
