namespace Training.Engine.Packaging;

/// <summary>The parsed hash list and its original text (extracted as is, so it can be checked again later).</summary>
/// <param name="Hashes">The lowercase SHA-256 of each listed path.</param>
/// <param name="Content">The file's text.</param>
internal sealed record ListedHashes(IReadOnlyDictionary<string, string> Hashes, string Content);
