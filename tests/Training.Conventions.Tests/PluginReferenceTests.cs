using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Training.TestSupport;

namespace Training.Conventions.Tests;

/// <summary>Plugins may depend on the SDK alone: that is what keeps the core changeable without breaking regions' modules.</summary>
public sealed class PluginReferenceTests
{
    private static readonly string[] s_allowedAssemblies =
        ["Training.Sdk", "Microsoft.Extensions.DependencyInjection.Abstractions"];

    public static IEnumerable<string> PluginProjects() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "plugins"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p))
            .Order(StringComparer.Ordinal);

    /// <summary>The modules laid out under modules/ whose manifest names an assembly: the built code plugins.</summary>
    public static IEnumerable<string> BuiltPlugins() => LaidOutModules().Where(id => AssemblyLine(id) is not null);

    /// <summary>Content-only modules shipped from source (a manifest under plugins/ with no project beside it).</summary>
    public static IEnumerable<string> ContentOnlyModuleFolders() =>
        Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "plugins"))
            .Where(folder => File.Exists(Path.Combine(folder, "module.yaml")) && !Directory.EnumerateFiles(folder, "*.csproj").Any())
            .Select(folder => Path.GetRelativePath(RepositoryPaths.Root, folder))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> LaidOutModules() =>
        Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "modules"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static string? AssemblyLine(string moduleId) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "modules", moduleId, "module.yaml"))
            .SingleOrDefault(l => l.StartsWith("assembly:", StringComparison.Ordinal));

    [Test]
    public void Every_plugin_project_is_discovered()
    {
        Assert.That(PluginProjects(), Is.Not.Empty);
        Assert.That(BuiltPlugins().Count(), Is.EqualTo(PluginProjects().Count()), "every plugin project is laid out under modules/ by the build");
        Assert.That(
            LaidOutModules().Count(),
            Is.EqualTo(PluginProjects().Count() + ContentOnlyModuleFolders().Count()),
            "every plugin project and every content-only module under plugins/ is laid out under modules/");
    }

    [TestCaseSource(nameof(ContentOnlyModuleFolders))]
    public void Content_only_module_has_no_assembly(string folder)
    {
        var manifest = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, folder, "module.yaml"));
        Assert.That(manifest.Any(l => l.StartsWith("assembly:", StringComparison.Ordinal)), Is.False, $"{folder} has no project, so its manifest must not name an assembly");
    }

    [TestCaseSource(nameof(PluginProjects))]
    public void Plugin_project_has_no_references_of_its_own(string project)
    {
        var xml = XDocument.Load(Path.Combine(RepositoryPaths.Root, project));
        var references = xml.Descendants()
            .Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "Reference")
            .Select(e => (string?)e.Attribute("Include"))
            .ToList();

        // The SDK reference comes from plugins/Directory.Build.props, with Private=false and ExcludeAssets=runtime.
        Assert.That(references, Is.Empty, $"{project} must reference only the SDK (given by plugins/Directory.Build.props).");
    }

    [Test]
    public void Plugins_folder_props_reference_the_sdk_without_shipping_it()
    {
        var xml = XDocument.Load(Path.Combine(RepositoryPaths.Root, "plugins", "Directory.Build.props"));
        var references = xml.Descendants().Where(e => e.Name.LocalName is "ProjectReference" or "PackageReference").ToList();

        Assert.That(references, Has.Count.EqualTo(1));
        Assert.That((string?)references[0].Attribute("Include"), Does.EndWith("Training.Sdk.csproj"));
        Assert.That((string?)references[0].Attribute("Private"), Is.EqualTo("false"));
        Assert.That((string?)references[0].Attribute("ExcludeAssets"), Is.EqualTo("runtime"));
    }

    [TestCaseSource(nameof(BuiltPlugins))]
    public void Built_plugin_references_only_the_sdk_and_the_framework(string moduleId)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "modules", moduleId);
        Assert.That(File.Exists(Path.Combine(folder, "Training.Sdk.dll")), Is.False, "the SDK must not be shipped with a plugin");

        var assemblyLine = AssemblyLine(moduleId)!;
        var assembly = Path.Combine(folder, assemblyLine["assembly:".Length..].Trim());

        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var referenced = metadata.AssemblyReferences
            .Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name))
            .Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name is not "netstandard" and not "mscorlib")
            .ToList();

        Assert.That(referenced, Is.SubsetOf(s_allowedAssemblies), $"{moduleId} references assemblies outside the SDK boundary");
    }
}
