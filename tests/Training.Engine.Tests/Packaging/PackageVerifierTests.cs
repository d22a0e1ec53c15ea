using System.IO.Compression;
using Training.Engine.Diagnostics;
using Training.Engine.Packaging;
using Training.TestSupport;

namespace Training.Engine.Tests.Packaging;

public sealed class PackageVerifierTests
{
    [Test]
    public void A_crafted_valid_package_verifies_and_lists_its_files()
    {
        using var temp = new TempDirectory();
        var path = CraftedPackage.Module().Write(Path.Combine(temp.Path, "module.zip"));

        var verification = new PackageVerifier().Verify(path);

        Assert.That(verification.Diagnostics, Is.Empty);
        Assert.That(verification.IsValid, Is.True);
        Assert.That(verification.Files.Select(f => f.Path), Is.EquivalentTo(new[] { "module.yaml", "lessons/why-reviews.md" }));
    }

    [TestCaseSource(typeof(HostileCases), nameof(HostileCases.All))]
    public void Refuses_a_hostile_package_with_a_precise_diagnostic(object hostile)
    {
        var @case = (HostileCase)hostile;
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "incoming", "hostile.zip");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        @case.Write(path);

        var verification = new PackageVerifier(HostileCase.SmallLimits).Verify(path);

        Assert.That(verification.IsValid, Is.False);
        Assert.That(verification.Files, Is.Empty);
        var diagnostic = verification.Diagnostics.FirstOrDefault(d => d.Code == @case.ExpectedCode);
        Assert.That(diagnostic, Is.Not.Null, string.Join("\n", verification.Diagnostics));
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic!.IsError, Is.True);
            Assert.That(diagnostic.Location?.File, Is.EqualTo(path));
            Assert.That(diagnostic.Hint, Is.Not.Null.And.Not.Empty);
            if (@case.EntryInMessage is not null)
            {
                Assert.That(diagnostic.Message, Does.Contain($"'{@case.EntryInMessage}'"));
            }
        });
    }

    [Test]
    public void A_stored_entry_whose_header_understates_its_size_is_caught_by_counting_under_default_limits()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "lying.zip");
        CraftedPackage.Module().File("media/zeros.bin", new byte[200_000], CompressionLevel.NoCompression).Write(path);
        ZipHeaderPatcher.SetDeclaredLength(path, "media/zeros.bin", 1000);

        var verification = new PackageVerifier().Verify(path);

        Assert.That(verification.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageNotZip }));
        Assert.That(verification.Diagnostics[0].Message, Does.Contain("more than the 1000 bytes its header declares"));
    }

    [Test]
    public void A_hash_list_over_its_limit_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = CraftedPackage.Module().Write(Path.Combine(temp.Path, "module.zip"));

        var verification = new PackageVerifier(new PackageLimits { MaxHashListBytes = 100 }).Verify(path);

        Assert.That(verification.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageHashListMalformed }));
        Assert.That(verification.Diagnostics[0].Message, Does.Contain("'package.sha256'"));
    }

    [Test]
    public void A_missing_package_file_is_unreadable()
    {
        using var temp = new TempDirectory();

        var verification = new PackageVerifier().Verify(Path.Combine(temp.Path, "nowhere.zip"));

        Assert.That(verification.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageUnreadable }));
    }

    [Test]
    public void Accepts_a_hash_list_in_sha256sum_binary_mode_with_crlf_and_a_bom()
    {
        using var temp = new TempDirectory();
        var package = CraftedPackage.Module();
        var windowsStyle = "\uFEFF" + package.HashListText().Replace("  ", " *", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = package.WithHashList(windowsStyle).Write(Path.Combine(temp.Path, "module.zip"));

        var verification = new PackageVerifier().Verify(path);

        Assert.That(verification.Diagnostics, Is.Empty);
    }

    [Test]
    public void Reports_every_mismatch_not_just_the_first()
    {
        using var temp = new TempDirectory();
        var path = CraftedPackage.Module()
            .Raw("lessons/a.md", "a")
            .Raw("lessons/b.md", "b")
            .Write(Path.Combine(temp.Path, "module.zip"));

        var verification = new PackageVerifier().Verify(path);

        Assert.That(verification.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PackageFileNotListed, DiagnosticCodes.PackageFileNotListed }));
    }
}
