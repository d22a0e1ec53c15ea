namespace Training.Engine.Diagnostics;

/// <summary>Packages: packing, verifying and installing module packages (TRN080-TRN099). docs/packages.md explains each.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The package file is missing or cannot be opened.</summary>
    public const string PackageUnreadable = "TRN080";

    /// <summary>The package is not a zip archive, or the archive is corrupt (an entry's data disagrees with its header).</summary>
    public const string PackageNotZip = "TRN081";

    /// <summary>An entry name could escape the module folder or is not portable: '..', an absolute path, a drive letter, a backslash, a control character.</summary>
    public const string PackageUnsafeEntryName = "TRN082";

    /// <summary>An entry is a symbolic link or another special file; packages hold regular files only.</summary>
    public const string PackageLinkEntry = "TRN083";

    /// <summary>Two entries share a name (also when they differ only by case), or a name is both a file and a folder.</summary>
    public const string PackageDuplicateEntry = "TRN084";

    /// <summary>The package holds more entries than the limit allows.</summary>
    public const string PackageTooManyEntries = "TRN085";

    /// <summary>One entry is larger than the per-entry limit, as declared or as actually decompressed.</summary>
    public const string PackageEntryTooLarge = "TRN086";

    /// <summary>The entries together are larger than the total limit, as declared or as actually decompressed.</summary>
    public const string PackageTooLarge = "TRN087";

    /// <summary>An entry compresses suspiciously well (a likely zip bomb).</summary>
    public const string PackageCompressionRatio = "TRN088";

    /// <summary>The package has no <c>module.yaml</c> at its root.</summary>
    public const string PackageManifestMissing = "TRN089";

    /// <summary>The package has no <c>package.sha256</c> hash list at its root.</summary>
    public const string PackageHashListMissing = "TRN090";

    /// <summary>The hash list has a line that is not <c>&lt;64 hex digits&gt;  &lt;path&gt;</c>, or lists a path twice.</summary>
    public const string PackageHashListMalformed = "TRN091";

    /// <summary>The hash list names a file the package does not hold.</summary>
    public const string PackageFileMissing = "TRN092";

    /// <summary>The package holds a file the hash list does not name.</summary>
    public const string PackageFileNotListed = "TRN093";

    /// <summary>A file's SHA-256 differs from the hash list: the package was altered or damaged.</summary>
    public const string PackageHashMismatch = "TRN094";

    /// <summary>The module inside the package (or the folder being packed) fails validation, or has no usable id or version.</summary>
    public const string PackageModuleInvalid = "TRN095";

    /// <summary>The module's <c>sdk</c> range does not accept this host's SDK.</summary>
    public const string PackageSdkIncompatible = "TRN096";

    /// <summary>The same or a newer version of the module is already installed (use <c>--force</c> to replace it anyway).</summary>
    public const string PackageVersionNotNewer = "TRN097";

    /// <summary>The module's id is already used by another folder, or its target folder holds another module.</summary>
    public const string PackageIdConflict = "TRN098";

    /// <summary>A file-system operation or a host callback failed; nothing was changed, or the previous state was restored.</summary>
    public const string PackageOperationFailed = "TRN099";
}
