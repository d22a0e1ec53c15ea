namespace Training.Benchmarks.Fixtures;

/// <summary>The repository this program was built from (the folder holding Training.sln).</summary>
internal static class Repository
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Training.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Training.sln was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => s_root.Value;
}
