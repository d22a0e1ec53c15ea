using System.IO.Compression;
using System.Security.Cryptography;
using Training.Engine.Diagnostics;
using Training.Engine.Packaging;
using Training.TestSupport;

namespace Training.Engine.Tests.Packaging;

public sealed class ModulePackagerTests
{
    private readonly ModulePackager _packager = new(new FakeModuleInspector());

    [Test]
    public void Writes_sorted_entries_with_fixed_timestamps_and_a_hash_list()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "src", "e-reputation"));

        var result = _packager.Pack(module, temp.Path);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.PackagePath, Is.EqualTo(Path.Combine(temp.Path, "bretagne.e-reputation-1.0.0.zip")));
        Assert.That(result.FileCount, Is.EqualTo(3));
        using var archive = ZipFile.OpenRead(result.PackagePath!);
        Assert.That(archive.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "lessons/why-reviews.md", "module.yaml", "package.sha256", "quizzes/final.gift" }));
        Assert.That(archive.Entries.Select(e => e.LastWriteTime.DateTime).Distinct(), Is.EqualTo(new[] { new DateTime(2000, 1, 1) }));
    }

    [Test]
    public void The_hash_list_is_sha256sum_text_sorted_by_path()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));

        var result = _packager.Pack(module, temp.Path);

        using var archive = ZipFile.OpenRead(result.PackagePath!);
        using var reader = new StreamReader(archive.GetEntry("package.sha256")!.Open());
        var expected = string.Concat(new[] { "lessons/why-reviews.md", "module.yaml", "quizzes/final.gift" }
            .Select(p => $"{Sha256(Path.Combine(module, p))}  {p}\n"));
        Assert.That(reader.ReadToEnd(), Is.EqualTo(expected));
    }

    [Test]
    public void Packing_twice_gives_the_same_bytes()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));

        var first = File.ReadAllBytes(_packager.Pack(module, Path.Combine(temp.Path, "first.zip")).PackagePath!);
        File.SetLastWriteTimeUtc(Path.Combine(module, "module.yaml"), DateTime.UtcNow.AddDays(-3));
        var second = File.ReadAllBytes(_packager.Pack(module, Path.Combine(temp.Path, "second.zip")).PackagePath!);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Leaves_out_build_output_hidden_files_an_old_hash_list_and_the_package_itself()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));
        ModuleFolders.WriteFile(module, "bin/Debug/x.dll", "build");
        ModuleFolders.WriteFile(module, "obj/project.assets.json", "{}");
        ModuleFolders.WriteFile(module, ".git/HEAD", "ref");
        ModuleFolders.WriteFile(module, ".DS_Store", "junk");
        ModuleFolders.WriteFile(module, "package.sha256", "stale");
        ModuleFolders.WriteFile(module, "Bretagne.EReputation.dll", "plugin");

        var result = _packager.Pack(module, module + Path.DirectorySeparatorChar);
        var again = _packager.Pack(module, module + Path.DirectorySeparatorChar);

        Assert.That(again.Succeeded, Is.True, string.Join("\n", again.Diagnostics));
        using var archive = ZipFile.OpenRead(again.PackagePath!);
        Assert.That(archive.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "Bretagne.EReputation.dll", "lessons/why-reviews.md", "module.yaml", "package.sha256", "quizzes/final.gift" }));
        Assert.That(result.PackagePath, Is.EqualTo(Path.Combine(module, "bretagne.e-reputation-1.0.0.zip")));
    }

    [Test]
    public void Skips_a_symbolic_link_with_a_warning()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));
        var secret = temp.Write("secret.txt", "not for packages");
        File.CreateSymbolicLink(Path.Combine(module, "lessons", "secret.md"), secret);

        var result = _packager.Pack(module, temp.Path);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PackageLinkEntry));
        Assert.That(result.Diagnostics.Single().Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        using var archive = ZipFile.OpenRead(result.PackagePath!);
        Assert.That(archive.GetEntry("lessons/secret.md"), Is.Null);
    }

    [Test]
    public void Refuses_a_module_the_validator_rejects_and_passes_its_diagnostics_on()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));
        File.AppendAllText(Path.Combine(module, "module.yaml"), "error: Unknown field 'titel'.\n");

        var result = _packager.Pack(module, temp.Path);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { "TRN002", DiagnosticCodes.PackageModuleInvalid }));
        Assert.That(Directory.GetFiles(temp.Path, "*.zip"), Is.Empty);
    }

    [Test]
    public void Refuses_a_file_over_the_entry_limit_before_writing_anything()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));
        File.WriteAllBytes(Path.Combine(module, "media.bin"), new byte[2048]);
        var packager = new ModulePackager(new FakeModuleInspector(), new PackageLimits { MaxEntryBytes = 1024 });

        var result = packager.Pack(module, temp.Path);

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageEntryTooLarge }));
        Assert.That(Directory.GetFiles(temp.Path), Is.Empty);
    }

    [Test]
    public void Refuses_a_file_name_that_would_not_install_everywhere()
    {
        using var temp = new TempDirectory();
        var module = ModuleFolders.Write(Path.Combine(temp.Path, "module"));
        ModuleFolders.WriteFile(module, "lessons/a\\b.md", "backslash in a Linux file name");

        var result = _packager.Pack(module, temp.Path);

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageUnsafeEntryName }));
    }

    [Test]
    public void A_missing_module_folder_is_a_diagnostic()
    {
        using var temp = new TempDirectory();

        var result = _packager.Pack(Path.Combine(temp.Path, "nowhere"));

        Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageOperationFailed }));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
