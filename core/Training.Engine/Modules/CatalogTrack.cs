using Training.Sdk.Content;

namespace Training.Engine.Modules;

/// <summary>A certification track as the catalog sees it: the track, who defines it, and whether all its modules loaded.</summary>
/// <param name="Track">The track.</param>
/// <param name="DefinedBy">The id of the module that defines it.</param>
/// <param name="Problems">Why the track cannot be followed (a missing or failed module); empty when it can.</param>
public sealed record CatalogTrack(Track Track, string DefinedBy, IReadOnlyList<string> Problems)
{
    /// <summary>True when every module of the track is loaded.</summary>
    public bool IsValid => Problems.Count == 0;
}
