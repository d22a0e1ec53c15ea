namespace Training.Engine.Packaging;

/// <summary>A file of a module folder that goes into its package.</summary>
/// <param name="RelativePath">The path inside the package, with forward slashes.</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="Length">Its size in bytes when collected.</param>
internal sealed record ModuleFile(string RelativePath, string FullPath, long Length);
