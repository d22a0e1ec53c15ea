using Training.Engine.Packaging;

namespace Training.Engine.Tests.Packaging;

/// <summary>A package that must be refused, the code it must be refused with, and the entry the message must name.</summary>
internal sealed record HostileCase(string Name, Action<string> Write, string ExpectedCode, string? EntryInMessage)
{
    public override string ToString() => Name;

    /// <summary>Small limits so that the zip-bomb cases stay fast: 64 KB per entry, 256 KB in all, 40 entries, 10:1 above 16 KB.</summary>
    public static PackageLimits SmallLimits { get; } = new()
    {
        MaxEntryBytes = 64 * 1024,
        MaxTotalBytes = 256 * 1024,
        MaxEntries = 40,
        MaxCompressionRatio = 10,
        CompressionRatioThresholdBytes = 16 * 1024,
    };
}
