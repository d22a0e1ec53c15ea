using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>Compares the files found in a package with its hash list, in both directions.</summary>
/// <param name="report">Where refusals go.</param>
internal sealed class HashListComparison(PackageReport report)
{
    /// <summary>Reports every listed file that is missing, every file not listed, every hash that differs.</summary>
    /// <param name="listed">The hash list.</param>
    /// <param name="found">The files read from the package.</param>
    public void Compare(IReadOnlyDictionary<string, string> listed, IReadOnlyList<PackageFileEntry> found)
    {
        var foundByPath = found.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var path in listed.Keys.Where(p => !foundByPath.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            report.Error(DiagnosticCodes.PackageFileMissing, $"The hash list names '{path}', which the package does not hold.", "The package is incomplete or was altered after packing; get it again from its publisher.");
        }

        foreach (var file in found.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (!listed.TryGetValue(file.Path, out var expected))
            {
                report.Error(DiagnosticCodes.PackageFileNotListed, $"The package holds '{file.Path}', which its hash list does not name.", "A file was added after packing; get the package again from its publisher.");
            }
            else if (!string.Equals(expected, file.Sha256, StringComparison.Ordinal))
            {
                report.Error(DiagnosticCodes.PackageHashMismatch, $"The SHA-256 of '{file.Path}' is {file.Sha256}, not {expected} as its hash list says.", "The file was altered or damaged after packing; get the package again from its publisher.");
            }
        }
    }
}
