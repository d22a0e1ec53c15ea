namespace Training.Engine.Packaging;

/// <summary>
/// Size limits a package must respect, checked on the sizes the zip declares and again on the bytes
/// actually decompressed, because headers can lie. They bound the damage a zip bomb can do.
/// </summary>
public sealed record PackageLimits
{
    private const long Megabyte = 1024 * 1024;

    /// <summary>The limits used when none are given: 200 MB in all, 50 MB per entry, 10,000 entries, 100:1 above 1 MB.</summary>
    public static PackageLimits Default { get; } = new();

    /// <summary>The most bytes all entries may hold together once decompressed (200 MB).</summary>
    public long MaxTotalBytes { get; init; } = 200 * Megabyte;

    /// <summary>The most bytes one entry may hold once decompressed (50 MB).</summary>
    public long MaxEntryBytes { get; init; } = 50 * Megabyte;

    /// <summary>The most entries a package may hold, folders included (10,000).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>The highest uncompressed-to-compressed ratio allowed for a large entry (100, that is 100:1).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries up to this size (1 MB) are exempt from the ratio check: small text compresses well and is harmless.</summary>
    public long CompressionRatioThresholdBytes { get; init; } = Megabyte;

    /// <summary>The most bytes the hash list may hold (4 MB, ample for the entry limit), since it is read into memory.</summary>
    public long MaxHashListBytes { get; init; } = 4 * Megabyte;
}
