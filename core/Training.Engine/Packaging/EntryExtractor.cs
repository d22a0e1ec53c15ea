using System.IO.Compression;
using System.Text;
using Training.Engine.Diagnostics;

namespace Training.Engine.Packaging;

/// <summary>
/// Writes verified entries below one root, and nowhere else: every destination is resolved and checked
/// to be inside the root, and files are created new, so an existing file (or link) is never followed.
/// </summary>
/// <param name="root">The extraction root, an existing empty folder.</param>
/// <param name="report">Where refusals go.</param>
internal sealed class EntryExtractor(string root, PackageReport report)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>Extracts one entry (a folder entry just creates the folder).</summary>
    /// <param name="entry">The entry, whose name has passed <see cref="EntryNameRules"/>.</param>
    /// <param name="reader">The reader enforcing the limits.</param>
    /// <param name="maxBytes">The most bytes the entry may produce.</param>
    /// <returns>The file extracted, or null for a folder or after a refusal.</returns>
    public PackageFileEntry? Extract(ZipArchiveEntry entry, EntryContentReader reader, long maxBytes)
    {
        if (!TryResolve(entry.FullName, out var destination))
        {
            return null;
        }

        try
        {
            if (entry.FullName.EndsWith('/'))
            {
                Directory.CreateDirectory(destination);
                return null;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var content = reader.Read(entry, maxBytes, output);
            return content is null ? null : new PackageFileEntry(entry.FullName, content.Value.Length, content.Value.Sha256);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.Error(DiagnosticCodes.PackageOperationFailed, $"Could not extract '{entry.FullName}': {exception.Message}", "Check the free space and permissions of the modules folder.");
            return null;
        }
    }

    /// <summary>Writes the hash list beside the module files, so an installed module can be checked again with sha256sum.</summary>
    /// <param name="content">The hash list's text.</param>
    /// <returns>False after a refusal.</returns>
    public bool TryWriteHashList(string content)
    {
        try
        {
            File.WriteAllText(Path.Combine(_root, PackageFormat.HashListEntryName), content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.Error(DiagnosticCodes.PackageOperationFailed, $"Could not extract '{PackageFormat.HashListEntryName}': {exception.Message}", "Check the free space and permissions of the modules folder.");
            return false;
        }
    }

    private bool TryResolve(string name, out string destination)
    {
        if (EntryNameRules.TryResolveInside(_root, name, out destination))
        {
            return true;
        }

        report.Error(DiagnosticCodes.PackageUnsafeEntryName, $"The package's entry '{name}' resolves outside the module folder.", "Package entries must stay inside the module folder.");
        return false;
    }
}
