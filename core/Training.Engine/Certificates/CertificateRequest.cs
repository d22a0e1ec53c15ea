using Training.Sdk.Content;

namespace Training.Engine.Certificates;

/// <summary>What a certificate attests: a trainee completed a track.</summary>
/// <param name="TraineeId">The trainee's id.</param>
/// <param name="TraineeName">The trainee's name, as shown on the certificate.</param>
/// <param name="TraineeEmail">The trainee's e-mail, if known.</param>
/// <param name="TrackId">The completed track's id.</param>
/// <param name="TrackTitle">The track's title.</param>
/// <param name="TrackDescription">The track's description.</param>
/// <param name="IssuedAt">When the track was completed.</param>
/// <param name="ExpiresAt">When the certificate expires, from the track's validity; null when it never does.</param>
public sealed record CertificateRequest(
    string TraineeId,
    string TraineeName,
    string? TraineeEmail,
    string TrackId,
    LocalizedText TrackTitle,
    LocalizedText TrackDescription,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ExpiresAt);
