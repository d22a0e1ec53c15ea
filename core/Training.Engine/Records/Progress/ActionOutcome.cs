using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>What a recorded action led to.</summary>
/// <param name="Recorded">False when nothing needed recording (the lesson was already completed, the trainee already enrolled...).</param>
/// <param name="ModulesCompleted">Modules this action completed.</param>
/// <param name="TracksCompleted">Tracks this action completed.</param>
/// <param name="CertificatesIssued">Ids of the certificates issued as a result.</param>
public sealed record ActionOutcome(
    [property: JsonPropertyName("recorded")] bool Recorded,
    [property: JsonPropertyName("modulesCompleted")] IReadOnlyList<string> ModulesCompleted,
    [property: JsonPropertyName("tracksCompleted")] IReadOnlyList<string> TracksCompleted,
    [property: JsonPropertyName("certificatesIssued")] IReadOnlyList<string> CertificatesIssued);
