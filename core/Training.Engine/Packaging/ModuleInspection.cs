using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>Calls the host's inspector so that a validator bug on hostile content becomes a diagnostic, not a crash.</summary>
internal static class ModuleInspection
{
    /// <summary>Inspects a module folder.</summary>
    /// <param name="inspector">The host's inspector.</param>
    /// <param name="moduleDirectory">The folder.</param>
    /// <returns>The inspector's answer, or an error check when it threw.</returns>
    public static ModuleCheck Inspect(IModuleInspector inspector, string moduleDirectory)
    {
        try
        {
            return inspector.Inspect(moduleDirectory);
        }
#pragma warning disable CA1031 // The inspector is host code reading untrusted files: whatever it throws is reported, never propagated.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var error = Diagnostic.Error(
                DiagnosticCodes.PackageModuleInvalid,
                $"The module validator failed on this module: {exception.Message}",
                new SourceLocation(Path.Combine(moduleDirectory, PackageFormat.ManifestEntryName)),
                "Fix module.yaml; if it looks right, report the validator failure.");
            return new ModuleCheck(null, null, null, [error]);
        }
    }

    /// <summary>Compares versions, treating a comparer failure as "cannot tell" (null).</summary>
    /// <param name="inspector">The host's inspector.</param>
    /// <param name="left">A version.</param>
    /// <param name="right">Another version.</param>
    /// <returns>The comparison, or null when the comparer refused the text.</returns>
    public static int? CompareVersions(IModuleInspector inspector, string left, string right)
    {
        try
        {
            return inspector.CompareVersions(left, right);
        }
#pragma warning disable CA1031 // Version text comes from an untrusted manifest; a parse failure means "unknown".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Asks the SDK check, treating a failure on odd range text as "not compatible".</summary>
    /// <param name="inspector">The host's inspector.</param>
    /// <param name="sdkRange">The module's range text.</param>
    /// <returns>True only when the check says compatible.</returns>
    public static bool IsSdkCompatible(IModuleInspector inspector, string sdkRange)
    {
        try
        {
            return inspector.IsSdkCompatible(sdkRange);
        }
#pragma warning disable CA1031 // Range text comes from an untrusted manifest; a parse failure means "not compatible".
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>Finds why a validated module cannot be packaged or installed: errors, or an unusable id or version.</summary>
    /// <param name="check">The validator's answer.</param>
    /// <returns>The reason, or null when the module is fine.</returns>
    public static string? FindProblem(ModuleCheck check)
    {
        if (check.HasErrors)
        {
            return "the module has errors (listed above)";
        }

        if (string.IsNullOrEmpty(check.Id) || string.IsNullOrEmpty(check.Version))
        {
            return "the validator found no id or no version";
        }

        return ModuleIdentity.FindIdProblem(check.Id) ?? ModuleIdentity.FindVersionProblem(check.Version);
    }
}
