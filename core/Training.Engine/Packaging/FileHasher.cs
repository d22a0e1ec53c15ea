using System.Security.Cryptography;

namespace Training.Engine.Packaging;

/// <summary>Computes the SHA-256 of a file on disk, as the hash list writes it.</summary>
internal static class FileHasher
{
    /// <summary>Hashes a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string Sha256(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
