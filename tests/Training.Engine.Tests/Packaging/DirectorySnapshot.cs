using System.Security.Cryptography;

namespace Training.Engine.Tests.Packaging;

/// <summary>Every folder and file below a root with each file's hash, to prove that nothing changed there.</summary>
internal static class DirectorySnapshot
{
    public static IReadOnlyList<string> Take(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(path => Describe(root, path))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Describe(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return Directory.Exists(path)
            ? relative + "/"
            : relative + " " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
    }
}
