namespace Training.Engine.Packaging;

/// <summary>The fixed names and values of the module package format (docs/packages.md).</summary>
public static class PackageFormat
{
    /// <summary>The manifest, at the root of every package.</summary>
    public const string ManifestEntryName = "module.yaml";

    /// <summary>The hash list, at the root of every package, in <c>sha256sum</c> format.</summary>
    public const string HashListEntryName = "package.sha256";

    /// <summary>The package file extension.</summary>
    public const string Extension = ".zip";

    /// <summary>The timestamp written on every entry, so that packing the same files twice gives the same bytes.</summary>
    public static DateTimeOffset EntryTimestamp { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The default package file name: <c>&lt;id&gt;-&lt;version&gt;.zip</c>.</summary>
    /// <param name="id">The module id.</param>
    /// <param name="version">The module version.</param>
    /// <returns>The file name.</returns>
    public static string DefaultFileName(string id, string version) => $"{id}-{version}{Extension}";
}
