namespace Training.Engine.Packaging;

/// <summary>One file of a verified package.</summary>
/// <param name="Path">The path inside the package, with forward slashes.</param>
/// <param name="Length">The decompressed size in bytes.</param>
/// <param name="Sha256">The SHA-256 of the content, 64 lowercase hex digits.</param>
public sealed record PackageFileEntry(string Path, long Length, string Sha256);
