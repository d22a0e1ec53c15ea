using Training.Engine.Manifests;

namespace Training.Engine.Packaging;

/// <summary>Finds a module shipped with the host by id, reading manifests only (shipped modules are trusted and many).</summary>
internal static class ShippedModuleFinder
{
    /// <summary>The shipped module with that id, or null.</summary>
    /// <param name="shippedDirectories">Folders holding module folders.</param>
    /// <param name="id">The id looked for.</param>
    public static InstalledModule? Find(IReadOnlyList<string> shippedDirectories, string id)
    {
        foreach (var root in shippedDirectories.Where(Directory.Exists))
        {
            foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                var manifestPath = Path.Combine(folder, ManifestReader.FileName);
                if (!File.Exists(manifestPath))
                {
                    continue;
                }

                var manifest = ManifestReader.Read(manifestPath).Manifest;
                if (manifest is not null && string.Equals(manifest.Id, id, StringComparison.Ordinal))
                {
                    return new InstalledModule(folder, manifest.Id, manifest.Version.ToString());
                }
            }
        }

        return null;
    }
}
