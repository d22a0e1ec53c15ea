using Training.Engine.Diagnostics;
using Training.Engine.Packaging;
using Training.Engine.Versioning;
using Training.Sdk;

namespace Training.Engine.Modules;

/// <summary>
/// Validates a module folder for packing and installing exactly as the host loads it: manifest,
/// dependencies (against the other modules in <see cref="ModuleSearchOptions"/>), content and code.
/// </summary>
/// <param name="context">Where the other modules are, so requirements resolve as they will once installed.</param>
public sealed class ModuleFolderInspector(ModuleSearchOptions context) : IModuleInspector
{
    private static readonly SemanticVersion s_hostSdk = SemanticVersion.Parse(TrainingSdk.Version);

    /// <inheritdoc />
    public ModuleCheck Inspect(string moduleDirectory)
    {
        var target = Path.GetFullPath(moduleDirectory);
        using var catalog = new ModuleCatalogLoader().Load(context with
        {
            ExtraDirectories = [.. context.ExtraDirectories, target],
            Progress = null,
        });
        var module = catalog.Modules.FirstOrDefault(m => Path.GetFullPath(m.Directory) == target);
        if (module is null)
        {
            return new ModuleCheck(null, null, null, [Diagnostic.Error(
                "TRN001",
                $"'{target}' holds no module.yaml.",
                new SourceLocation(target),
                "Give the folder that holds module.yaml, or create one with 'training modules new ID'.")]);
        }

        return new ModuleCheck(
            string.IsNullOrEmpty(module.Id) ? null : module.Id,
            string.IsNullOrEmpty(module.Version) ? null : module.Version,
            string.IsNullOrEmpty(module.SdkRange) ? null : module.SdkRange,
            module.Diagnostics);
    }

    /// <inheritdoc />
    public int CompareVersions(string left, string right) => SemanticVersion.Parse(left).CompareTo(SemanticVersion.Parse(right));

    /// <inheritdoc />
    public bool IsSdkCompatible(string sdkRange) => VersionRange.TryParse(sdkRange, out var range) && range.Contains(s_hostSdk);
}
