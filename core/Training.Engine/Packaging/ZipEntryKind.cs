using System.IO.Compression;

namespace Training.Engine.Packaging;

/// <summary>
/// Reads the Unix file type that zip tools store in the high 16 bits of an entry's external attributes.
/// Extraction never creates links, but a tool that honours them (unzip, a later refactor) could
/// follow one out of the module folder, so a package that holds one is refused outright.
/// </summary>
internal static class ZipEntryKind
{
    /// <summary>The attributes written on every packed file: a regular file, mode 0644.</summary>
    public const int RegularFileAttributes = unchecked((int)0x81A4_0000);

    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;
    private const int SymbolicLink = 0xA000;

    /// <summary>Finds why an entry is not a plain file or folder.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The refusal reason, or null for a regular file, a folder, or an archive that records no Unix mode.</returns>
    public static string? FindProblem(ZipArchiveEntry entry)
    {
        var fileType = (int)((uint)entry.ExternalAttributes >> 16) & FileTypeMask;
        return fileType switch
        {
            0 or RegularFile or Directory => null,
            SymbolicLink => "is a symbolic link",
            _ => $"is a special file (Unix type 0{Convert.ToString(fileType >> 12, 8)}0000)",
        };
    }
}
