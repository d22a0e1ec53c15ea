using System.IO.Compression;
using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>A region's whole path, through the real command: scaffold, validate, pack, install, list.</summary>
public sealed class PackAndInstallTests
{
    [Test]
    public void A_new_module_is_packed_installed_and_listed()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();

        Assert.That(TrainingCli.RunIn(work.Path, data.Path, "modules", "new", "bretagne.avis").ExitCode, Is.Zero);
        var packed = TrainingCli.RunIn(work.Path, data.Path, "modules", "pack", "bretagne.avis", "--json");
        Assert.That(packed.ExitCode, Is.Zero, packed.ToString());
        using (var json = JsonDocument.Parse(packed.StdOut))
        {
            Assert.That(json.RootElement.GetProperty("package").GetString(), Is.EqualTo(Path.Combine(work.Path, "bretagne.avis-0.1.0.zip")));
        }

        var installed = TrainingCli.RunIn(work.Path, data.Path, "modules", "install", "bretagne.avis-0.1.0.zip");
        Assert.That(installed.ExitCode, Is.Zero, installed.ToString());
        Assert.That(installed.StdOut, Does.Contain("Installed bretagne.avis 0.1.0"));
        Assert.That(File.Exists(Path.Combine(data.Path, "modules", "bretagne.avis", "module.yaml")), Is.True);

        var listed = TrainingCli.Run(data.Path, "modules", "list", "--json");
        using var list = JsonDocument.Parse(listed.StdOut);
        var module = list.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "bretagne.avis");
        Assert.That(module.GetProperty("status").GetString(), Is.EqualTo("loaded"));
        Assert.That(module.GetProperty("kind").GetString(), Is.EqualTo("content"));
    }

    [Test]
    public void An_invalid_module_is_not_packed()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();

        var result = TrainingCli.RunIn(work.Path, data.Path, "modules", "pack", Path.Combine(TestModules.Broken, "unknown-field"), "-o", work.Path);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdOut, Does.Contain("TRN002"));
        Assert.That(Directory.EnumerateFiles(work.Path, "*.zip"), Is.Empty);
    }

    [Test]
    public void A_tampered_package_is_refused_and_nothing_is_installed()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var package = Path.Combine(work.Path, "basics.zip");
        Assert.That(TrainingCli.Run(data.Path, "modules", "pack", TestModules.Basics, "-o", package).ExitCode, Is.Zero);

        using (var zip = ZipFile.Open(package, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("lessons/welcome.md")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("lessons/welcome.md").Open());
            writer.Write(text.Replace("Bienvenue", "Bienvenüe", StringComparison.Ordinal));
        }

        var result = TrainingCli.Run(data.Path, "modules", "install", package);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdOut, Does.Contain("TRN094").And.Contain("lessons/welcome.md"));
        Assert.That(Directory.Exists(Path.Combine(data.Path, "modules", "tests.basics")), Is.False);
    }

    [Test]
    public void An_older_version_is_refused_unless_forced()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var newer = CopyWithVersion(work, "newer", "1.2.0");
        var older = CopyWithVersion(work, "older", "1.1.0");
        Assert.That(TrainingCli.Run(data.Path, "modules", "pack", newer, "-o", Path.Combine(work.Path, "newer.zip")).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "modules", "pack", older, "-o", Path.Combine(work.Path, "older.zip")).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "modules", "install", Path.Combine(work.Path, "newer.zip")).ExitCode, Is.Zero);

        var refused = TrainingCli.Run(data.Path, "modules", "install", Path.Combine(work.Path, "older.zip"));
        var dryRun = TrainingCli.Run(data.Path, "modules", "install", Path.Combine(work.Path, "older.zip"), "--force", "--dry-run");
        var versionAfterDryRun = InstalledVersion(data.Path);
        var forced = TrainingCli.Run(data.Path, "modules", "install", Path.Combine(work.Path, "older.zip"), "--force");

        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.ToString());
        Assert.That(refused.StdOut, Does.Contain("TRN097"));
        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
        Assert.That(versionAfterDryRun, Is.EqualTo("1.2.0"));
        Assert.That(forced.ExitCode, Is.Zero, forced.ToString());
        Assert.That(InstalledVersion(data.Path), Is.EqualTo("1.1.0"));
    }

    [Test]
    public void An_sdk_incompatible_package_is_refused()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var module = CopyWithVersion(work, "future", "1.0.0");
        var package = Path.Combine(work.Path, "future.zip");
        Assert.That(TrainingCli.Run(data.Path, "modules", "pack", module, "-o", package).ExitCode, Is.Zero);
        RewriteEntry(package, "module.yaml", text => text.Replace("sdk: ^1.0", "sdk: ^2.0", StringComparison.Ordinal));

        var result = TrainingCli.Run(data.Path, "modules", "install", package);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(Directory.Exists(Path.Combine(data.Path, "modules", "tests.basics")), Is.False);
    }

    private static string CopyWithVersion(TempDirectory work, string name, string version)
    {
        var target = Path.Combine(work.Path, name);
        foreach (var file in Directory.EnumerateFiles(TestModules.Basics, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestModules.Basics, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var manifest = Path.Combine(target, "module.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("version: 1.2.0", "version: " + version, StringComparison.Ordinal));
        return target;
    }

    private static string InstalledVersion(string data) =>
        File.ReadAllLines(Path.Combine(data, "modules", "tests.basics", "module.yaml"))
            .Single(l => l.StartsWith("version:", StringComparison.Ordinal))["version:".Length..].Trim();

    private static void RewriteEntry(string package, string name, Func<string, string> change)
    {
        using var zip = ZipFile.Open(package, ZipArchiveMode.Update);
        var entry = zip.GetEntry(name)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(change(text));
    }
}
