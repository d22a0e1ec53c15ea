using System.IO.Compression;
using System.Text;
using Training.Engine.Diagnostics;

namespace Training.Engine.Tests.Packaging;

/// <summary>The hostile and broken packages every verifier and installer test runs against.</summary>
internal static class HostileCases
{
    private const string Lesson = "lessons/why-reviews.md";

    public static IEnumerable<TestCaseData> All() => Cases().Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    private static IEnumerable<HostileCase> Cases()
    {
        yield return new("tampered byte", WriteTamperedByte, DiagnosticCodes.PackageHashMismatch, Lesson);
        yield return new("extra file", p => CraftedPackage.Module().Raw("lessons/extra.md", "added later").Write(p), DiagnosticCodes.PackageFileNotListed, "lessons/extra.md");
        yield return new("missing file", WriteMissingFile, DiagnosticCodes.PackageFileMissing, "lessons/gone.md");
        yield return new("missing hash list", p => CraftedPackage.Module().WithoutHashList().Write(p), DiagnosticCodes.PackageHashListMissing, "package.sha256");
        yield return new("malformed hash list", p => CraftedPackage.Module().WithHashList("not a hash  module.yaml\n").Write(p), DiagnosticCodes.PackageHashListMalformed, "package.sha256");
        yield return new("missing module.yaml", p => new CraftedPackage().File(Lesson, "# Lesson\n").Write(p), DiagnosticCodes.PackageManifestMissing, "module.yaml");
        yield return new("dot-dot entry", p => CraftedPackage.Module().Raw("../evil.txt", "x", listed: true).Write(p), DiagnosticCodes.PackageUnsafeEntryName, "../evil.txt");
        yield return new("nested dot-dot entry", p => CraftedPackage.Module().Raw("lessons/../../evil.txt", "x", listed: true).Write(p), DiagnosticCodes.PackageUnsafeEntryName, "lessons/../../evil.txt");
        yield return new("absolute entry", p => CraftedPackage.Module().Raw("/tmp/evil.txt", "x", listed: true).Write(p), DiagnosticCodes.PackageUnsafeEntryName, "/tmp/evil.txt");
        yield return new("drive letter entry", p => CraftedPackage.Module().Raw("C:/evil.txt", "x", listed: true).Write(p), DiagnosticCodes.PackageUnsafeEntryName, "C:/evil.txt");
        yield return new("backslash entry", p => CraftedPackage.Module().Raw("..\\evil.txt", "x", listed: true).Write(p), DiagnosticCodes.PackageUnsafeEntryName, "..\\evil.txt");
        yield return new("symlink entry", p => CraftedPackage.Module().Raw("lessons/link.md", "/etc/passwd", attributes: unchecked((int)0xA1FF_0000), listed: true).Write(p), DiagnosticCodes.PackageLinkEntry, "lessons/link.md");
        yield return new("duplicate entry", p => CraftedPackage.Module().Raw(Lesson, "# Other\n").Write(p), DiagnosticCodes.PackageDuplicateEntry, Lesson);
        yield return new("case-insensitive duplicate", p => CraftedPackage.Module().Raw("Lessons/Why-Reviews.md", "# Other\n").Write(p), DiagnosticCodes.PackageDuplicateEntry, "Lessons/Why-Reviews.md");
        yield return new("file and folder of one name", p => CraftedPackage.Module().Raw("lessons", "x", listed: true).Write(p), DiagnosticCodes.PackageDuplicateEntry, "lessons");
        yield return new("too many entries", WriteTooManyEntries, DiagnosticCodes.PackageTooManyEntries, null);
        yield return new("entry declared too large", p => CraftedPackage.Module().File("media/big.bin", RandomBytes(100_000)).Write(p), DiagnosticCodes.PackageEntryTooLarge, "media/big.bin");
        yield return new("total declared too large", WriteTooLargeInAll, DiagnosticCodes.PackageTooLarge, null);
        yield return new("compression ratio (zip bomb)", p => CraftedPackage.Module().File("media/zeros.bin", new byte[60_000]).Write(p), DiagnosticCodes.PackageCompressionRatio, "media/zeros.bin");
        yield return new("deflated entry whose header understates its size", WriteLyingDeflatedEntry, DiagnosticCodes.PackageHashMismatch, "media/zeros.bin");
        yield return new("stored entry whose header understates its size", WriteLyingStoredEntry, DiagnosticCodes.PackageEntryTooLarge, "media/zeros.bin");
        yield return new("not a zip", p => File.WriteAllText(p, "This is a lesson, not a package."), DiagnosticCodes.PackageNotZip, null);
        yield return new("truncated zip", WriteTruncated, DiagnosticCodes.PackageNotZip, null);
    }

    /// <summary>Flips one byte of a stored (uncompressed) lesson inside an otherwise valid package.</summary>
    private static void WriteTamperedByte(string path)
    {
        new CraftedPackage()
            .File("module.yaml", ModuleFolders.Manifest("bretagne.e-reputation", "1.0.0"))
            .File(Lesson, Encoding.UTF8.GetBytes("# Why reviews matter\n"), CompressionLevel.NoCompression)
            .Write(path);
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("reviews matter"u8);
        bytes[at] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    private static void WriteMissingFile(string path)
    {
        var package = CraftedPackage.Module();
        var hashList = package.HashListText() + new string('a', 64) + "  lessons/gone.md\n";
        package.WithHashList(hashList).Write(path);
    }

    private static void WriteTooManyEntries(string path)
    {
        var package = CraftedPackage.Module();
        for (var index = 0; index < 45; index++)
        {
            package.File($"lessons/l{index:00}.md", "# Lesson\n");
        }

        package.Write(path);
    }

    private static void WriteTooLargeInAll(string path)
    {
        var package = CraftedPackage.Module();
        for (var index = 0; index < 5; index++)
        {
            package.File($"media/part{index}.bin", RandomBytes(60_000, seed: index));
        }

        package.Write(path);
    }

    /// <summary>200 KB of zeros declared as 1,000 bytes: the hash list holds the real content's hash.</summary>
    private static void WriteLyingDeflatedEntry(string path)
    {
        CraftedPackage.Module().File("media/zeros.bin", new byte[200_000]).Write(path);
        ZipHeaderPatcher.SetDeclaredLength(path, "media/zeros.bin", 1000);
    }

    /// <summary>A stored entry is read to its compressed size whatever its header says: only counting stops it.</summary>
    private static void WriteLyingStoredEntry(string path)
    {
        CraftedPackage.Module().File("media/zeros.bin", new byte[200_000], CompressionLevel.NoCompression).Write(path);
        ZipHeaderPatcher.SetDeclaredLength(path, "media/zeros.bin", 1000);
    }

    private static void WriteTruncated(string path)
    {
        CraftedPackage.Module().Write(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    private static byte[] RandomBytes(int count, int seed = 42)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
