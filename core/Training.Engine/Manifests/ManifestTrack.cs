using Training.Engine.Diagnostics;
using Training.Sdk.Content;

namespace Training.Engine.Manifests;

/// <summary>A <c>tracks</c> entry: a certification track the module defines.</summary>
/// <param name="Id">The track id (<c>region.slug</c>), meant to be unique across all modules.</param>
/// <param name="Title">The track title.</param>
/// <param name="Description">The description, or <see cref="LocalizedText.Empty"/>.</param>
/// <param name="Modules">The modules to complete, in the suggested order; never empty.</param>
/// <param name="Validity">How long a certificate stays valid, or <see langword="null"/> when it never expires.</param>
/// <param name="Location">Where the entry starts in <c>module.yaml</c>.</param>
public sealed record ManifestTrack(
    string Id,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<string> Modules,
    IsoPeriod? Validity,
    SourceLocation Location)
{
    /// <summary>Converts the entry to the SDK's track.</summary>
    /// <returns>The track, its validity written in canonical ISO 8601 form.</returns>
    public Track ToTrack() => new()
    {
        Id = Id,
        Title = Title,
        Description = Description,
        Modules = Modules,
        Validity = Validity?.ToString(),
    };
}
