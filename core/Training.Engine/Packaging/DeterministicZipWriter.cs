using System.IO.Compression;
using System.Text;

namespace Training.Engine.Packaging;

/// <summary>
/// Writes a zip whose bytes depend only on the files' paths and contents: entries in ordinal path order,
/// forward slashes, one fixed timestamp, one fixed mode. Two packs of the same module compare equal,
/// which lets a region check that a published package was built from the sources it claims.
/// </summary>
internal static class DeterministicZipWriter
{
    /// <summary>Writes the package.</summary>
    /// <param name="packagePath">The file to create; it must not exist.</param>
    /// <param name="files">The module files.</param>
    /// <param name="hashList">The hash list's text.</param>
    public static void Write(string packagePath, IReadOnlyList<ModuleFile> files, string hashList)
    {
        var entries = files
            .Select(f => (Name: f.RelativePath, Source: (ModuleFile?)f))
            .Append((Name: PackageFormat.HashListEntryName, Source: null))
            .OrderBy(e => e.Name, StringComparer.Ordinal);

        using var output = new FileStream(packagePath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var (name, source) in entries)
        {
            var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = PackageFormat.EntryTimestamp;
            entry.ExternalAttributes = ZipEntryKind.RegularFileAttributes;
            using var target = entry.Open();
            if (source is null)
            {
                target.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(hashList));
            }
            else
            {
                using var input = new FileStream(source.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
                input.CopyTo(target);
            }
        }
    }
}
