using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Decides whether a package may take the place of what is installed. Versions only move forward unless
/// forced; an id already used by another folder, or a target folder holding another module, is refused
/// even when forced, because that is how a package would take over a module that is not its own.
/// </summary>
/// <param name="inspector">The host's version comparer.</param>
/// <param name="diagnostics">Where refusals go.</param>
/// <param name="packagePath">The package, for locations.</param>
internal sealed class ReplacementRules(IModuleInspector inspector, DiagnosticBag diagnostics, string packagePath)
{
    private const string ForceHint = "Use --force to replace it anyway.";

    /// <summary>Checks the replacement and reports every reason to refuse it.</summary>
    /// <param name="id">The package's module id.</param>
    /// <param name="version">The package's version.</param>
    /// <param name="previous">What the target folder holds, or null when it does not exist.</param>
    /// <param name="elsewhere">Other folders whose module has the same id.</param>
    /// <param name="force">Whether the user asked to replace regardless of versions.</param>
    /// <returns>True when the install may go on.</returns>
    public bool Allow(string id, string version, InstalledModule? previous, IReadOnlyList<string> elsewhere, bool force)
    {
        var location = new SourceLocation(packagePath);
        foreach (var folder in elsewhere)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageIdConflict, $"The module '{id}' is already installed in the folder '{Path.GetFileName(folder)}', not '{id}'.", location, $"A module lives in the folder named after its id; remove or rename '{Path.GetFileName(folder)}' first if the package is genuine."));
        }

        if (previous is not null)
        {
            CheckPrevious(id, version, previous, force, location);
        }

        return !diagnostics.HasErrors;
    }

    /// <summary>
    /// A package whose id is a module shipped with the host would shadow it: only a newer version may,
    /// so that a package cannot silently put an older or look-alike module in place of a shipped one.
    /// </summary>
    /// <param name="id">The package's module id.</param>
    /// <param name="version">The package's version.</param>
    /// <param name="shipped">The shipped module of that id.</param>
    /// <param name="force">Shadow it anyway, with a warning.</param>
    /// <returns>False when refused.</returns>
    public bool AllowShadowing(string id, string version, InstalledModule shipped, bool force)
    {
        var location = new SourceLocation(packagePath);
        var comparison = shipped.Version is null ? null : ModuleInspection.CompareVersions(inspector, version, shipped.Version);
        if (comparison > 0)
        {
            return true;
        }

        var refusal = comparison is null
            ? $"The module '{id}' ships with this host (version unreadable); installing {version} would shadow it."
            : $"The module '{id}' {shipped.Version} ships with this host; {version} is {(comparison == 0 ? "the same version" : "older")} and would shadow it.";
        diagnostics.Add(force
            ? Diagnostic.Warning(DiagnosticCodes.PackageVersionNotNewer, refusal + " Installed because of --force.", location)
            : Diagnostic.Error(DiagnosticCodes.PackageVersionNotNewer, refusal, location, "A package may replace a shipped module only with a newer version; use --force if you really mean to."));
        return !diagnostics.HasErrors;
    }

    private void CheckPrevious(string id, string version, InstalledModule previous, bool force, SourceLocation location)
    {
        if (previous.Id is not null && !string.Equals(previous.Id, id, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageIdConflict, $"The folder '{id}' holds the module '{previous.Id}', not '{id}'.", location, "Move that module to the folder named after its id first."));
            return;
        }

        var comparison = previous.Version is null ? null : ModuleInspection.CompareVersions(inspector, version, previous.Version);
        var refusal = comparison switch
        {
            null => $"The folder '{id}' holds a module whose version cannot be read; installing {version} would replace it.",
            < 0 => $"The module '{id}' {previous.Version} is installed; {version} is older.",
            0 => $"The module '{id}' {version} is already installed.",
            _ => null,
        };

        if (refusal is not null)
        {
            diagnostics.Add(force
                ? Diagnostic.Warning(DiagnosticCodes.PackageVersionNotNewer, refusal + " Replaced because of --force.", location)
                : Diagnostic.Error(DiagnosticCodes.PackageVersionNotNewer, refusal, location, ForceHint));
        }
    }
}
