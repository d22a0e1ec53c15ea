using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Training.Engine.Tests.Packaging;

/// <summary>
/// Builds zips by hand, including the hostile ones 'training pack' never writes: odd names, links,
/// duplicates, missing or lying hash lists. By default the hash list is computed over the module files.
/// </summary>
internal sealed class CraftedPackage
{
    private readonly List<(string Name, byte[] Content, int? Attributes, CompressionLevel Level, bool Listed)> _entries = [];
    private string? _hashListOverride;
    private bool _withHashList = true;

    /// <summary>A valid module: module.yaml and one lesson, listed in the hash list.</summary>
    public static CraftedPackage Module(string id = "bretagne.e-reputation", string version = "1.0.0") =>
        new CraftedPackage()
            .File("module.yaml", ModuleFolders.Manifest(id, version))
            .File("lessons/why-reviews.md", "# Why reviews matter\n");

    public CraftedPackage File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    public CraftedPackage File(string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        _entries.Add((name, content, null, level, true));
        return this;
    }

    /// <summary>An entry the hash list does not name (unless <paramref name="listed"/>).</summary>
    public CraftedPackage Raw(string name, string content, int? attributes = null, bool listed = false)
    {
        _entries.Add((name, Encoding.UTF8.GetBytes(content), attributes, CompressionLevel.Optimal, listed));
        return this;
    }

    public CraftedPackage WithoutHashList()
    {
        _withHashList = false;
        return this;
    }

    public CraftedPackage WithHashList(string content)
    {
        _hashListOverride = content;
        return this;
    }

    public string HashListText()
    {
        var lines = _entries
            .Where(e => e.Listed && !e.Name.EndsWith('/'))
            .Select(e => (e.Name, Hash: Convert.ToHexStringLower(SHA256.HashData(e.Content))))
            .DistinctBy(e => e.Name)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => $"{e.Hash}  {e.Name}\n");
        return string.Concat(lines);
    }

    public string Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content, attributes, level, _) in _entries)
        {
            var entry = archive.CreateEntry(name, level);
            if (attributes is not null)
            {
                entry.ExternalAttributes = attributes.Value;
            }

            using var stream = entry.Open();
            stream.Write(content);
        }

        if (_withHashList)
        {
            using var stream = archive.CreateEntry("package.sha256").Open();
            stream.Write(Encoding.UTF8.GetBytes(_hashListOverride ?? HashListText()));
        }

        return path;
    }
}
