namespace Training.Engine.Modules.Discovery;

/// <summary>Finds module folders in the search locations.</summary>
internal static class ModuleDiscovery
{
    public const string ManifestFileName = "module.yaml";

    public static IReadOnlyList<DiscoveredModule> Discover(ModuleSearchOptions options)
    {
        var found = new List<DiscoveredModule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        AddFrom(options.ShippedDirectory, 0, found, seen);
        AddFrom(options.InstalledDirectory, 1, found, seen);
        for (var i = 0; i < options.ExtraDirectories.Count; i++)
        {
            AddFrom(options.ExtraDirectories[i], 2 + i, found, seen);
        }

        return found;
    }

    private static void AddFrom(string? root, int precedence, List<DiscoveredModule> found, HashSet<string> seen)
    {
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            return;
        }

        var full = Path.GetFullPath(root);

        // A folder given directly may be a module itself (handy while authoring one).
        if (File.Exists(Path.Combine(full, ManifestFileName)))
        {
            Add(full, precedence, found, seen);
            return;
        }

        IEnumerable<string> children;
        try
        {
            children = Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var child in children)
        {
            // Names starting with '.' are the installer's temporary and backup folders.
            if (Path.GetFileName(child).StartsWith('.') || !File.Exists(Path.Combine(child, ManifestFileName)))
            {
                continue;
            }

            Add(child, precedence, found, seen);
        }
    }

    private static void Add(string directory, int precedence, List<DiscoveredModule> found, HashSet<string> seen)
    {
        if (seen.Add(directory))
        {
            found.Add(new DiscoveredModule(directory, Path.Combine(directory, ManifestFileName), precedence));
        }
    }
}
