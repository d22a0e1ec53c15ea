using Training.Engine.Diagnostics;
using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

/// <summary>
/// Stands in for the real manifest validator: reads <c>key: value</c> lines for id, version and sdk,
/// and turns an <c>error:</c> line into an error. Versions are numeric (1.2.0); SDK ranges starting with
/// <c>^1</c> are compatible.
/// </summary>
internal sealed class FakeModuleInspector : IModuleInspector
{
    public ModuleCheck Inspect(string moduleDirectory)
    {
        var manifest = Path.Combine(moduleDirectory, "module.yaml");
        if (!File.Exists(manifest))
        {
            return new ModuleCheck(null, null, null, [Diagnostic.Error("TRN001", "No module.yaml.", new SourceLocation(manifest))]);
        }

        var fields = File.ReadAllLines(manifest)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        var diagnostics = fields.TryGetValue("error", out var error)
            ? new[] { Diagnostic.Error("TRN002", error, new SourceLocation(manifest, 1, 1)) }
            : [];
        return new ModuleCheck(fields.GetValueOrDefault("id"), fields.GetValueOrDefault("version"), fields.GetValueOrDefault("sdk"), diagnostics);
    }

    public int CompareVersions(string left, string right) => Version.Parse(left).CompareTo(Version.Parse(right));

    public bool IsSdkCompatible(string sdkRange) => sdkRange.StartsWith("^1", StringComparison.Ordinal);
}
