using Training.Engine.Packaging;
using Training.TestSupport;

namespace Training.Engine.Tests.Packaging;

/// <summary>
/// A temporary tree for install tests: <c>parent/modules/</c> is the modules folder, <c>incoming/</c>
/// holds packages. Snapshots of <c>parent/</c> prove that nothing was written beside the modules folder.
/// </summary>
internal sealed class InstallSandbox : IDisposable
{
    private readonly TempDirectory _temp = new();

    public InstallSandbox()
    {
        Directory.CreateDirectory(Modules);
        Directory.CreateDirectory(Incoming);
        Directory.CreateDirectory(Sources);
    }

    public string Parent => Path.Combine(_temp.Path, "parent");

    public string Modules => Path.Combine(Parent, "modules");

    public string Incoming => Path.Combine(_temp.Path, "incoming");

    private string Sources => Path.Combine(_temp.Path, "sources");

    /// <summary>Packs a fresh module folder with the real packager and returns the package path.</summary>
    public string Package(string id = "bretagne.e-reputation", string version = "1.0.0", string sdk = "^1.0", string? extraManifestLine = null)
    {
        var source = ModuleFolders.Write(Path.Combine(Sources, $"{id}-{version}-{Guid.NewGuid():N}"), id, version, sdk);
        var packager = new ModulePackager(new FakeModuleInspector());
        var result = packager.Pack(source, Incoming + Path.DirectorySeparatorChar);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        if (extraManifestLine is null)
        {
            return result.PackagePath!;
        }

        // The packager would refuse this manifest, but a hostile publisher need not use it.
        return Crafted(ModuleFolders.Manifest(id, version, sdk) + extraManifestLine + "\n");
    }

    /// <summary>Crafts a package by hand around a given manifest.</summary>
    public string Crafted(string manifest) =>
        new CraftedPackage()
            .File("module.yaml", manifest)
            .File("lessons/why-reviews.md", "# Why reviews matter\n")
            .Write(Path.Combine(Incoming, $"crafted-{Guid.NewGuid():N}.zip"));

    /// <summary>Writes a module folder straight into the modules folder, as a previous install would have.</summary>
    public string Installed(string folder, string id, string version) =>
        ModuleFolders.Write(Path.Combine(Modules, folder), id, version);

    public IReadOnlyList<string> Snapshot() => DirectorySnapshot.Take(Parent);

    public IReadOnlyList<string> ModuleFolderNames() =>
        Directory.GetDirectories(Modules).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public void Dispose() => _temp.Dispose();
}
