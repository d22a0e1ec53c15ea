using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Training.Fuzzing.Targets;

/// <summary>
/// Builds packages the way a publisher could, sealed with a matching <c>package.sha256</c> or not, and
/// reads them back: the structure mutation unpacks, changes one thing and reseals, so that mutants get
/// past the hash check into the installer and the module validator.
/// </summary>
internal static class PackageZip
{
    public const string HashListName = "package.sha256";

    private static readonly DateTimeOffset s_timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes entries, then a hash list naming every one of them.</summary>
    public static byte[] Seal(IEnumerable<PackageEntry> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        var files = entries.Where(e => e.Name != HashListName).ToList();
        var list = new StringBuilder();
        foreach (var entry in files.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            list.Append(Convert.ToHexStringLower(SHA256.HashData(entry.Content))).Append("  ").Append(entry.Name).Append('\n');
        }

        files.Add(new PackageEntry(HashListName, Encoding.UTF8.GetBytes(list.ToString())));
        return Write(files, level);
    }

    /// <summary>Writes entries as given, hash list included if it is among them.</summary>
    public static byte[] Write(IEnumerable<PackageEntry> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var zipEntry = archive.CreateEntry(entry.Name, level);
                zipEntry.LastWriteTime = s_timestamp;
                zipEntry.ExternalAttributes = entry.ExternalAttributes;
                using var stream = zipEntry.Open();
                stream.Write(entry.Content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads every entry of a small, well-formed zip; null when it is not one (mutants often are not).</summary>
    public static List<PackageEntry>? TryRead(byte[] bytes, int maxEntryBytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = new List<PackageEntry>();
            foreach (var entry in archive.Entries)
            {
                if (entry.Length > maxEntryBytes)
                {
                    return null;
                }

                using var stream = entry.Open();
                using var content = new MemoryStream();
                stream.CopyTo(content);
                entries.Add(new PackageEntry(entry.FullName, content.ToArray(), entry.ExternalAttributes));
            }

            return entries;
        }
#pragma warning disable CA1031 // Any failure just means "not a readable zip": the structure mutation does not apply.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
