using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>What an install has established so far; becomes the <see cref="PackageInstallResult"/>.</summary>
/// <param name="dryRun">True when nothing may change.</param>
internal sealed class InstallOutcome(bool dryRun)
{
    public bool DryRun => dryRun;

    public DiagnosticBag Diagnostics { get; } = new();

    public bool Succeeded { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? PreviousVersion { get; set; }

    public string? TargetPath { get; set; }

    public IReadOnlyList<string> UpgradeSummary { get; set; } = [];

    public PackageInstallResult ToResult() =>
        new(Succeeded && !Diagnostics.HasErrors, dryRun, Id, Version, PreviousVersion, TargetPath, UpgradeSummary, Diagnostics.Items);
}
