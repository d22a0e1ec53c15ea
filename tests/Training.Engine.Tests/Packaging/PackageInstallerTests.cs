using System.Security.Cryptography;
using Training.Engine.Diagnostics;
using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

public sealed class PackageInstallerTests
{
    private const string Id = "bretagne.e-reputation";

    private static PackageInstaller Installer(UpgradeSummarizer? summarizer = null) => new(new FakeModuleInspector(), summarizeUpgrade: summarizer);

    [Test]
    public void Round_trip_pack_verify_install()
    {
        using var sandbox = new InstallSandbox();
        var package = sandbox.Package(version: "1.2.0");

        var verification = new PackageVerifier().Verify(package);
        var result = Installer().Install(package, sandbox.Modules);

        Assert.That(verification.IsValid, Is.True);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result, Is.EqualTo(new PackageInstallResult(true, false, Id, "1.2.0", null, Path.Combine(sandbox.Modules, Id), result.UpgradeSummary, result.Diagnostics)));
        Assert.That(sandbox.ModuleFolderNames(), Is.EqualTo(new[] { Id }), "no staging or backup folder is left behind");
        Assert.That(File.ReadAllText(Path.Combine(result.TargetPath!, "lessons", "why-reviews.md")), Does.Contain("Version 1.2.0"));
    }

    [Test]
    public void The_installed_folder_keeps_a_hash_list_that_still_matches_its_files()
    {
        using var sandbox = new InstallSandbox();
        var result = Installer().Install(sandbox.Package(), sandbox.Modules);

        var lines = File.ReadAllLines(Path.Combine(result.TargetPath!, "package.sha256"));

        Assert.That(lines, Has.Length.EqualTo(3));
        foreach (var line in lines)
        {
            var path = Path.Combine(result.TargetPath!, line[66..]);
            Assert.That(line[..64], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))), line);
        }
    }

    [Test]
    public void An_upgrade_replaces_the_folder_reports_the_previous_version_and_asks_for_a_summary()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules);
        var calls = new List<(string Previous, string NewManifest)>();
        var summarizer = new UpgradeSummarizer((previous, next) =>
        {
            calls.Add((previous, File.ReadAllText(Path.Combine(next, "module.yaml"))));
            return ["lesson why-reviews changed"];
        });

        var result = Installer(summarizer).Install(sandbox.Package(version: "1.1.0"), sandbox.Modules);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.PreviousVersion, Is.EqualTo("1.0.0"));
        Assert.That(result.UpgradeSummary, Is.EqualTo(new[] { "lesson why-reviews changed" }));
        Assert.That(calls.Single().Previous, Is.EqualTo(Path.Combine(sandbox.Modules, Id)));
        Assert.That(calls.Single().NewManifest, Does.Contain("version: 1.1.0"));
        Assert.That(File.ReadAllText(Path.Combine(sandbox.Modules, Id, "module.yaml")), Does.Contain("version: 1.1.0"));
        Assert.That(sandbox.ModuleFolderNames(), Is.EqualTo(new[] { Id }));
    }

    [Test]
    public void An_older_version_is_refused_unless_forced()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "2.0.0"), sandbox.Modules);
        var older = sandbox.Package(version: "1.5.0");
        var before = sandbox.Snapshot();

        var refused = Installer().Install(older, sandbox.Modules);

        Assert.That(refused.Succeeded, Is.False);
        Assert.That(refused.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageVersionNotNewer));
        Assert.That(refused.Diagnostics.Single().Message, Does.Contain("1.5.0 is older"));
        Assert.That(refused.Diagnostics.Single().Hint, Does.Contain("--force"));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));

        var forced = Installer().Install(older, sandbox.Modules, force: true);

        Assert.That(forced.Succeeded, Is.True);
        Assert.That(forced.PreviousVersion, Is.EqualTo("2.0.0"));
        Assert.That(forced.Diagnostics.Single().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(File.ReadAllText(Path.Combine(sandbox.Modules, Id, "module.yaml")), Does.Contain("version: 1.5.0"));
    }

    [Test]
    public void The_same_version_is_already_installed_unless_forced()
    {
        using var sandbox = new InstallSandbox();
        var package = sandbox.Package();
        Installer().Install(package, sandbox.Modules);

        var again = Installer().Install(package, sandbox.Modules);
        var forced = Installer().Install(package, sandbox.Modules, force: true);

        Assert.That(again.Diagnostics.Single().Message, Does.Contain("already installed"));
        Assert.That(again.Succeeded, Is.False);
        Assert.That(forced.Succeeded, Is.True);
        Assert.That(sandbox.ModuleFolderNames(), Is.EqualTo(new[] { Id }));
    }

    [Test]
    public void An_id_installed_in_a_folder_of_another_name_is_refused_even_when_forced()
    {
        using var sandbox = new InstallSandbox();
        sandbox.Installed("e-reputation-renamed", Id, "1.0.0");
        var before = sandbox.Snapshot();

        var result = Installer().Install(sandbox.Package(version: "3.0.0"), sandbox.Modules, force: true);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageIdConflict));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("'e-reputation-renamed'"));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [TestCase("0.9.0", false)]
    [TestCase("1.0.0", false)]
    [TestCase("1.0.1", true)]
    public void A_package_may_shadow_a_module_shipped_with_the_host_only_with_a_newer_version(string version, bool installed)
    {
        using var sandbox = new InstallSandbox();
        var shipped = Path.Combine(sandbox.Incoming, "shipped");
        ModuleFolders.WriteFile(Path.Combine(shipped, "e-reputation"), "module.yaml", $"id: {Id}\nversion: 1.0.0\nsdk: ^1.0\ntitle: {{ fr: Officiel, en: Official }}\n");
        var installer = new PackageInstaller(new FakeModuleInspector(), shippedDirectories: [shipped]);
        var package = sandbox.Package(version: version);
        var before = sandbox.Snapshot();

        var result = installer.Install(package, sandbox.Modules);

        Assert.That(result.Succeeded, Is.EqualTo(installed), string.Join("\n", result.Diagnostics));
        if (installed)
        {
            Assert.That(result.Diagnostics, Is.Empty);
            return;
        }

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageVersionNotNewer));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain($"'{Id}' 1.0.0 ships with this host; {version}"));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
        var forced = installer.Install(package, sandbox.Modules, force: true);
        Assert.That(forced.Succeeded, Is.True);
        Assert.That(forced.Diagnostics.Single().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
    }

    [Test]
    public void A_target_folder_holding_another_module_is_refused()
    {
        using var sandbox = new InstallSandbox();
        sandbox.Installed(Id, "mopa.social-networks", "1.0.0");
        var before = sandbox.Snapshot();

        var result = Installer().Install(sandbox.Package(), sandbox.Modules, force: true);

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageIdConflict));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void An_sdk_incompatible_package_is_refused_with_its_own_code()
    {
        using var sandbox = new InstallSandbox();

        var result = Installer().Install(sandbox.Package(sdk: "^2.0"), sandbox.Modules);

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageSdkIncompatible));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("'^2.0'"));
        Assert.That(sandbox.ModuleFolderNames(), Is.Empty);
    }

    [Test]
    public void A_package_whose_module_fails_validation_is_refused_with_the_validator_diagnostics()
    {
        using var sandbox = new InstallSandbox();

        var result = Installer().Install(sandbox.Package(extraManifestLine: "error: Unknown field 'titel'."), sandbox.Modules);

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "TRN002", DiagnosticCodes.PackageModuleInvalid }));
        Assert.That(sandbox.ModuleFolderNames(), Is.Empty);
    }

    [TestCase("../evil")]
    [TestCase("..")]
    [TestCase("/tmp/evil")]
    [TestCase("Evil")]
    public void A_module_id_that_is_not_a_folder_name_is_refused_and_writes_nothing_outside(string hostileId)
    {
        using var sandbox = new InstallSandbox();
        var package = sandbox.Crafted(ModuleFolders.Manifest(hostileId, "1.0.0"));
        var before = sandbox.Snapshot();

        var result = Installer().Install(package, sandbox.Modules);

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageModuleInvalid));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void A_failed_swap_restores_the_previous_version()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules);
        var upgrade = sandbox.Package(version: "1.1.0");
        var before = sandbox.Snapshot();

        // Call 1 moves the old folder aside; call 2, moving the new one in, fails.
        var installer = new PackageInstaller(new FakeModuleInspector(), null, null, new FailingFolderMover(failingCall: 2));
        var result = installer.Install(upgrade, sandbox.Modules);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageOperationFailed));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void A_failure_to_move_the_old_version_aside_changes_nothing()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules);
        var upgrade = sandbox.Package(version: "1.1.0");
        var before = sandbox.Snapshot();

        var installer = new PackageInstaller(new FakeModuleInspector(), null, null, new FailingFolderMover(failingCall: 1));
        var result = installer.Install(upgrade, sandbox.Modules);

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageOperationFailed));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void A_dry_run_reports_the_upgrade_and_changes_nothing()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules);
        var upgrade = sandbox.Package(version: "1.1.0");
        var before = sandbox.Snapshot();

        var result = Installer((_, _) => ["quiz final: 1 question added"]).Install(upgrade, sandbox.Modules, dryRun: true);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.DryRun, Is.True);
        Assert.That(result.PreviousVersion, Is.EqualTo("1.0.0"));
        Assert.That(result.Version, Is.EqualTo("1.1.0"));
        Assert.That(result.UpgradeSummary, Is.EqualTo(new[] { "quiz final: 1 question added" }));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void A_dry_run_of_a_refused_install_reports_the_refusal()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "2.0.0"), sandbox.Modules);
        var before = sandbox.Snapshot();

        var result = Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules, dryRun: true);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageVersionNotNewer));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
    }

    [Test]
    public void A_failing_summarizer_is_a_warning_not_a_failed_install()
    {
        using var sandbox = new InstallSandbox();
        Installer().Install(sandbox.Package(version: "1.0.0"), sandbox.Modules);

        var result = Installer((_, _) => throw new InvalidOperationException("boom")).Install(sandbox.Package(version: "1.1.0"), sandbox.Modules);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics.Single().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("boom"));
    }

    [Test]
    public void A_missing_modules_folder_is_a_diagnostic_and_is_not_created()
    {
        using var sandbox = new InstallSandbox();
        var missing = Path.Combine(sandbox.Parent, "no-such-modules");

        var result = Installer().Install(sandbox.Package(), missing);

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageOperationFailed));
        Assert.That(Directory.Exists(missing), Is.False);
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.All))]
    public void A_hostile_package_is_refused_and_nothing_changes_beside_or_in_the_modules_folder(object hostile)
    {
        var @case = (HostileCase)hostile;
        using var sandbox = new InstallSandbox();
        sandbox.Installed("mopa.social-networks", "mopa.social-networks", "1.0.0");
        var package = Path.Combine(sandbox.Incoming, "hostile.zip");
        @case.Write(package);
        var before = sandbox.Snapshot();

        var installer = new PackageInstaller(new FakeModuleInspector(), HostileCase.SmallLimits);
        var result = installer.Install(package, sandbox.Modules);
        var forced = installer.Install(package, sandbox.Modules, force: true);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(forced.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.Code), Does.Contain(@case.ExpectedCode));
        Assert.That(sandbox.Snapshot(), Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(sandbox.Parent, "evil.txt")), Is.False);
    }
}
