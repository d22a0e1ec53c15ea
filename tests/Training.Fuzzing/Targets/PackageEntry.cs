namespace Training.Fuzzing.Targets;

/// <summary>One entry of a package being built or mutated.</summary>
/// <param name="Name">The entry name as stored.</param>
/// <param name="Content">The decompressed bytes.</param>
/// <param name="ExternalAttributes">The zip external attributes (the Unix mode in the high 16 bits).</param>
internal sealed record PackageEntry(string Name, byte[] Content, int ExternalAttributes = 0);
