namespace Training.Benchmarks.Fixtures;

/// <summary>What the raw baseline needs to know about module folders, found without the engine.</summary>
internal static class ModuleFolders
{
    /// <summary>Every module folder (one holding module.yaml) directly below the given folders.</summary>
    public static IReadOnlyList<string> In(IEnumerable<string> roots) =>
        roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            .Where(folder => File.Exists(Path.Combine(folder, "module.yaml")))
            .ToList();

    /// <summary>The files the catalog reads in a module folder: module.yaml, the lessons and the quizzes (both languages).</summary>
    public static IEnumerable<string> ContentFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => Path.GetFileName(path) == "module.yaml" || Path.GetExtension(path) is ".md" or ".gift");

    /// <summary>The plugin assembly named by the manifest's <c>assembly:</c> line, or null for a content pack.</summary>
    public static string? PluginAssembly(string folder)
    {
        foreach (var line in File.ReadLines(Path.Combine(folder, "module.yaml")))
        {
            if (line.StartsWith("assembly:", StringComparison.Ordinal))
            {
                return Path.Combine(folder, line["assembly:".Length..].Trim());
            }
        }

        return null;
    }
}
