using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>A trainee's progress in an enrolled track.</summary>
/// <param name="Id">The track id.</param>
/// <param name="Percent">Completed items over all items of the track's modules, 0..100.</param>
/// <param name="Completed">Whether every module of the track is completed.</param>
/// <param name="CertificateId">The latest certificate for the track, or null.</param>
public sealed record TrackProgress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("percent")] double Percent,
    [property: JsonPropertyName("completed")] bool Completed,
    [property: JsonPropertyName("certificateId")] string? CertificateId);
