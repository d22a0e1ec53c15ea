using System.Globalization;
using System.IO.Compression;
using System.Text;
using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Verifies a package in one pass and, when asked, extracts it during that same pass: the bytes written
/// are the bytes hashed, so the package cannot be swapped between verification and extraction.
/// </summary>
/// <param name="limits">The limits to enforce.</param>
internal sealed class PackageScanner(PackageLimits limits)
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Verifies a package, extracting it below <paramref name="extractionRoot"/> when one is given.</summary>
    /// <param name="packagePath">The package file.</param>
    /// <param name="extractionRoot">An existing, empty folder to extract into, or null to only verify.</param>
    /// <returns>The verified files and every refusal. After a refusal the extraction root may hold partial files: the caller deletes it.</returns>
    public PackageVerification Scan(string packagePath, string? extractionRoot)
    {
        var report = new PackageReport(packagePath);
        var files = new List<PackageFileEntry>();
        try
        {
            ScanFile(report, extractionRoot, files);
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or IOException or ArgumentException)
        {
            // The zip reader can fail on malformed structures at any point; that is a corrupt package, never a crash.
            report.Error(DiagnosticCodes.PackageNotZip, $"The package cannot be read as a zip archive: {exception.Message}", "Check that the file is a module package made by 'training modules pack' and was downloaded completely.");
        }

        return new PackageVerification(packagePath, report.HasErrors ? [] : files, report.Items);
    }

    private void ScanFile(PackageReport report, string? extractionRoot, List<PackageFileEntry> files)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(report.PackagePath, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            report.Error(DiagnosticCodes.PackageUnreadable, $"The package cannot be opened: {exception.Message}", "Check the path and the file's permissions.");
            return;
        }

        using (stream)
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException exception)
            {
                report.Error(DiagnosticCodes.PackageNotZip, $"The file is not a zip archive: {exception.Message}", "A module package is the .zip written by 'training modules pack'.");
                return;
            }

            using (archive)
            {
                ScanArchive(archive, report, extractionRoot, files);
            }
        }
    }

    private void ScanArchive(ZipArchive archive, PackageReport report, string? extractionRoot, List<PackageFileEntry> files)
    {
        var entries = archive.Entries;
        if (!new EntryTableCheck(limits, report).Check(entries) || !HasRequiredEntries(archive, report))
        {
            return;
        }

        var reader = new EntryContentReader(limits, report);
        var listed = ReadHashList(archive.GetEntry(PackageFormat.HashListEntryName)!, reader, report);
        if (listed is null)
        {
            return;
        }

        var extractor = extractionRoot is null ? null : new EntryExtractor(extractionRoot, report);
        foreach (var entry in entries.Where(e => e.FullName != PackageFormat.HashListEntryName))
        {
            var file = extractor is null ? ReadOnly(entry, reader) : extractor.Extract(entry, reader, limits.MaxEntryBytes);
            if (report.HasErrors)
            {
                // Stop at the first refusal while decompressing: going on would feed a bomb.
                return;
            }

            if (file is not null)
            {
                files.Add(file);
            }
        }

        if (extractor is not null && !extractor.TryWriteHashList(listed.Content))
        {
            return;
        }

        new HashListComparison(report).Compare(listed.Hashes, files);
    }

    private PackageFileEntry? ReadOnly(ZipArchiveEntry entry, EntryContentReader reader)
    {
        if (entry.FullName.EndsWith('/'))
        {
            return null;
        }

        var content = reader.Read(entry, limits.MaxEntryBytes, destination: null);
        return content is null ? null : new PackageFileEntry(entry.FullName, content.Value.Length, content.Value.Sha256);
    }

    private static bool HasRequiredEntries(ZipArchive archive, PackageReport report)
    {
        if (archive.GetEntry(PackageFormat.ManifestEntryName) is null)
        {
            report.Error(DiagnosticCodes.PackageManifestMissing, $"The package has no '{PackageFormat.ManifestEntryName}' at its root.", "Pack the module folder itself (the one holding module.yaml), not its parent.");
        }

        if (archive.GetEntry(PackageFormat.HashListEntryName) is null)
        {
            report.Error(DiagnosticCodes.PackageHashListMissing, $"The package has no '{PackageFormat.HashListEntryName}' at its root.", "Packages made by 'training modules pack' always carry it; a zip made by hand does not. Repack with 'training modules pack'.");
        }

        return !report.HasErrors;
    }

    private ListedHashes? ReadHashList(ZipArchiveEntry entry, EntryContentReader reader, PackageReport report)
    {
        const string Hint = "Repack with 'training modules pack' rather than editing the hash list by hand.";
        if (entry.Length > limits.MaxHashListBytes)
        {
            report.Error(DiagnosticCodes.PackageHashListMalformed, string.Create(CultureInfo.InvariantCulture, $"The package's '{entry.FullName}' declares {entry.Length} bytes; a hash list may hold at most {limits.MaxHashListBytes}."), Hint);
            return null;
        }

        using var buffer = new MemoryStream();
        if (reader.Read(entry, limits.MaxHashListBytes, buffer) is null)
        {
            return null;
        }

        string content;
        try
        {
            content = s_strictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            report.Error(DiagnosticCodes.PackageHashListMalformed, $"The package's '{entry.FullName}' is not UTF-8 text.", Hint);
            return null;
        }

        var problems = new List<string>();
        var hashes = HashList.Parse(content, problems);
        foreach (var problem in problems)
        {
            report.Error(DiagnosticCodes.PackageHashListMalformed, $"The package's '{entry.FullName}': {problem}.", Hint);
        }

        return problems.Count == 0 ? new ListedHashes(hashes, content) : null;
    }
}
