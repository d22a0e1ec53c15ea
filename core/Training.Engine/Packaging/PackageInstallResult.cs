using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>The outcome of installing (or dry-running the install of) a package.</summary>
/// <param name="Succeeded">True when the module was installed, or for a dry run, would be.</param>
/// <param name="DryRun">True when nothing was meant to change.</param>
/// <param name="Id">The module id, once read from the package.</param>
/// <param name="Version">The package's version, once read.</param>
/// <param name="PreviousVersion">The version that was installed before, if any.</param>
/// <param name="TargetPath">The module's folder (<c>modules/&lt;id&gt;/</c>), once known.</param>
/// <param name="UpgradeSummary">What the upgrade changes, from the host's summarizer; empty without one.</param>
/// <param name="Diagnostics">Every refusal and warning.</param>
public sealed record PackageInstallResult(
    bool Succeeded,
    bool DryRun,
    string? Id,
    string? Version,
    string? PreviousVersion,
    string? TargetPath,
    IReadOnlyList<string> UpgradeSummary,
    IReadOnlyList<Diagnostic> Diagnostics);
