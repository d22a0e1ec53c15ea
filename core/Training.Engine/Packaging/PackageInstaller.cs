using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Installs a module package into a modules folder: verify and extract into a staging folder inside the
/// modules folder, validate the module (SDK range included), compare with what is installed, then swap
/// folders by renaming. Nothing is written outside the modules folder, a failure leaves the previous
/// version in place, and bad input never throws: every outcome is a <see cref="PackageInstallResult"/>.
/// </summary>
public sealed class PackageInstaller
{
    /// <summary>Names of the installer's temporary folders start with this; discovery skips dot-folders.</summary>
    private const string StagingPrefix = ".install-";
    private const string BackupPrefix = ".backup-";

    private readonly IModuleInspector _inspector;
    private readonly PackageScanner _scanner;
    private readonly UpgradeSummarizer? _summarizeUpgrade;
    private readonly IFolderMover _mover;
    private readonly IReadOnlyList<string> _shippedDirectories;

    /// <summary>Creates an installer.</summary>
    /// <param name="inspector">The host's manifest validator, version comparer and SDK check.</param>
    /// <param name="limits">The size limits, or null for <see cref="PackageLimits.Default"/>.</param>
    /// <param name="summarizeUpgrade">Describes what an upgrade changes, or null for no summary.</param>
    /// <param name="shippedDirectories">
    /// Folders of modules that ship with the host, which an installed module of the same id shadows:
    /// a package may shadow one only with a newer version, unless forced. Null or empty for none.
    /// </param>
    public PackageInstaller(IModuleInspector inspector, PackageLimits? limits = null, UpgradeSummarizer? summarizeUpgrade = null, IReadOnlyList<string>? shippedDirectories = null)
        : this(inspector, limits, summarizeUpgrade, new FolderMover(), shippedDirectories)
    {
    }

    internal PackageInstaller(IModuleInspector inspector, PackageLimits? limits, UpgradeSummarizer? summarizeUpgrade, IFolderMover mover, IReadOnlyList<string>? shippedDirectories = null)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        _inspector = inspector;
        _scanner = new PackageScanner(limits ?? PackageLimits.Default);
        _summarizeUpgrade = summarizeUpgrade;
        _mover = mover;
        _shippedDirectories = shippedDirectories ?? [];
    }

    /// <summary>Installs (or, with <paramref name="dryRun"/>, checks the install of) a package.</summary>
    /// <param name="packagePath">The package file.</param>
    /// <param name="modulesDirectory">The existing modules folder; the module goes to <c>&lt;modulesDirectory&gt;/&lt;id&gt;/</c>.</param>
    /// <param name="force">Replace the same or a newer installed version, or an unreadable one.</param>
    /// <param name="dryRun">Run every check and report, but leave the modules folder as it was.</param>
    /// <returns>The outcome and its diagnostics.</returns>
    public PackageInstallResult Install(string packagePath, string modulesDirectory, bool force = false, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(packagePath);
        ArgumentNullException.ThrowIfNull(modulesDirectory);
        var outcome = new InstallOutcome(dryRun);
        if (!PathText.TryGetFullPath(modulesDirectory, out var modulesRoot) || !Directory.Exists(modulesRoot))
        {
            outcome.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, "The modules folder does not exist.", new SourceLocation(modulesDirectory), "Create it first, or give the right folder."));
            return outcome.ToResult();
        }

        var staging = Path.Combine(modulesRoot, StagingPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Install(packagePath, modulesRoot, staging, force, outcome);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            outcome.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageOperationFailed, $"The install failed: {exception.Message}", new SourceLocation(modulesDirectory), "Check the modules folder's permissions and free space; nothing was replaced."));
        }
        finally
        {
            FolderCleanup.TryDelete(staging);
        }

        return outcome.ToResult();
    }

    private void Install(string packagePath, string modulesRoot, string staging, bool force, InstallOutcome outcome)
    {
        Directory.CreateDirectory(staging);
        var verification = _scanner.Scan(packagePath, staging);
        outcome.Diagnostics.AddRange(verification.Diagnostics);
        if (!verification.IsValid || !IsInstallable(packagePath, staging, outcome))
        {
            return;
        }

        var target = Path.Combine(modulesRoot, outcome.Id!);
        outcome.TargetPath = target;
        var finder = new InstalledModuleFinder(_inspector);
        var previous = finder.FindTarget(target);
        var rules = new ReplacementRules(_inspector, outcome.Diagnostics, packagePath);
        var shipped = previous is null ? ShippedModuleFinder.Find(_shippedDirectories, outcome.Id!) : null;
        if (!rules.Allow(outcome.Id!, outcome.Version!, previous, finder.FindElsewhere(modulesRoot, outcome.Id!), force)
            || (shipped is not null && !rules.AllowShadowing(outcome.Id!, outcome.Version!, shipped, force)))
        {
            return;
        }

        outcome.PreviousVersion = previous?.Version;
        if (previous is not null)
        {
            Summarize(previous.Directory, staging, outcome);
        }

        if (outcome.DryRun)
        {
            outcome.Succeeded = true;
            return;
        }

        var backup = Path.Combine(modulesRoot, BackupPrefix + outcome.Id + "-" + Guid.NewGuid().ToString("N"));
        outcome.Succeeded = new FolderSwap(_mover, outcome.Diagnostics).Replace(staging, target, backup);
    }

    private bool IsInstallable(string packagePath, string staging, InstallOutcome outcome)
    {
        var location = new SourceLocation(packagePath);
        var check = ModuleInspection.Inspect(_inspector, staging);
        outcome.Diagnostics.AddRange(check.Diagnostics);
        outcome.Id = check.Id;
        outcome.Version = check.Version;
        var problem = ModuleInspection.FindProblem(check);
        if (problem is not null)
        {
            outcome.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageModuleInvalid, $"The package's module cannot be installed: {problem}.", location, "Ask its publisher for a fixed package."));
            return false;
        }

        if (check.SdkRange is null || !ModuleInspection.IsSdkCompatible(_inspector, check.SdkRange))
        {
            var range = check.SdkRange is null ? "declares no SDK range" : $"needs SDK '{check.SdkRange}'";
            outcome.Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PackageSdkIncompatible, $"The module '{check.Id}' {check.Version} {range}, which this host does not provide.", location, "Install a version of the module built for this host's SDK, or upgrade the host."));
            return false;
        }

        return true;
    }

    private void Summarize(string previousDirectory, string staging, InstallOutcome outcome)
    {
        if (_summarizeUpgrade is null)
        {
            return;
        }

        try
        {
            outcome.UpgradeSummary = _summarizeUpgrade(previousDirectory, staging);
        }
#pragma warning disable CA1031 // The summary is informational: its failure on odd content must not block or crash an install.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            outcome.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.PackageOperationFailed, $"Could not summarise what the upgrade changes: {exception.Message}", new SourceLocation(previousDirectory)));
        }
    }
}
