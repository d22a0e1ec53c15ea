using System.Globalization;
using System.IO.Compression;
using System.Text;
using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Checks the archive's table of contents before a single byte is decompressed: names, entry kinds,
/// duplicates and declared sizes. Whatever fails here is never read.
/// </summary>
/// <param name="limits">The limits to enforce.</param>
/// <param name="report">Where refusals go.</param>
internal sealed class EntryTableCheck(PackageLimits limits, PackageReport report)
{
    /// <summary>Checks every entry and reports every problem found.</summary>
    /// <param name="entries">The archive's entries.</param>
    /// <returns>True when nothing was refused.</returns>
    public bool Check(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        // Refuse a huge table first, without looking at each of (possibly) millions of entries.
        if (entries.Count > limits.MaxEntries)
        {
            report.Error(
                DiagnosticCodes.PackageTooManyEntries,
                string.Create(CultureInfo.InvariantCulture, $"The package holds {entries.Count} entries; the limit is {limits.MaxEntries}."),
                "Split the module, or remove generated files before packing.");
            return false;
        }

        long declaredTotal = 0;
        foreach (var entry in entries)
        {
            CheckName(entry);
            CheckSizes(entry);
            declaredTotal = SaturatingAdd(declaredTotal, entry.Length);
        }

        if (declaredTotal > limits.MaxTotalBytes)
        {
            report.Error(
                DiagnosticCodes.PackageTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The package's entries declare {declaredTotal} bytes in all; the limit is {limits.MaxTotalBytes}."),
                "Shrink the module's media, or split the module.");
        }

        CheckDuplicates(entries);
        return !report.HasErrors;
    }

    private void CheckName(ZipArchiveEntry entry)
    {
        var nameProblem = EntryNameRules.FindProblem(entry.FullName);
        if (nameProblem is not null)
        {
            report.Error(
                DiagnosticCodes.PackageUnsafeEntryName,
                $"The package's entry '{entry.FullName}' {nameProblem}.",
                "Package entries must be relative paths with forward slashes that stay inside the module folder; repack with 'training modules pack'.");
        }

        var kindProblem = ZipEntryKind.FindProblem(entry);
        if (kindProblem is not null)
        {
            report.Error(
                DiagnosticCodes.PackageLinkEntry,
                $"The package's entry '{entry.FullName}' {kindProblem}.",
                "Packages hold regular files only: replace the link by the file it points to.");
        }
    }

    private void CheckSizes(ZipArchiveEntry entry)
    {
        if (entry.Length > limits.MaxEntryBytes)
        {
            report.Error(
                DiagnosticCodes.PackageEntryTooLarge,
                string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' declares {entry.Length} bytes; the limit per file is {limits.MaxEntryBytes}."),
                "Shrink the file (compress the video, split the document) or host it elsewhere and link to it.");
        }

        if (entry.Length > limits.CompressionRatioThresholdBytes
            && entry.Length > limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
        {
            report.Error(
                DiagnosticCodes.PackageCompressionRatio,
                string.Create(CultureInfo.InvariantCulture, $"The package's entry '{entry.FullName}' declares {entry.Length} bytes from {entry.CompressedLength} compressed, more than {limits.MaxCompressionRatio}:1."),
                "Real module files do not compress that well: a likely zip bomb. Do not install it.");
        }
    }

    private void CheckDuplicates(IEnumerable<ZipArchiveEntry> entries)
    {
        // Compare names as a case-insensitive file system would see them (macOS and Windows), in NFC
        // since macOS may store the same accented name decomposed.
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.FullName.Normalize(NormalizationForm.FormC);
            if (name.EndsWith('/'))
            {
                folders.Add(name.TrimEnd('/'));
                continue;
            }

            if (files.TryGetValue(name, out var first))
            {
                var how = string.Equals(first, entry.FullName, StringComparison.Ordinal) ? "twice" : $"twice, once as '{first}' (names differ only by case or accents)";
                report.Error(
                    DiagnosticCodes.PackageDuplicateEntry,
                    $"The package holds '{entry.FullName}' {how}.",
                    "Which copy wins would depend on the tool and the file system; repack with 'training modules pack'.");
                continue;
            }

            files.Add(name, entry.FullName);
            for (var slash = name.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = name.IndexOf('/', slash + 1))
            {
                folders.Add(name[..slash]);
            }
        }

        foreach (var clash in files.Keys.Where(folders.Contains))
        {
            report.Error(
                DiagnosticCodes.PackageDuplicateEntry,
                $"The package's entry '{files[clash]}' is both a file and a folder.",
                "Rename the file or the folder; repack with 'training modules pack'.");
        }
    }

    private static long SaturatingAdd(long total, long length) =>
        length > long.MaxValue - total ? long.MaxValue : total + length;
}
