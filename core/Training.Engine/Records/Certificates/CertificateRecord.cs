using System.Text.Json.Serialization;

namespace Training.Engine.Records.Certificates;

/// <summary>A certificate as stored: who earned which track, when, until when, and the signed credential.</summary>
/// <param name="Id">The certificate id (from the issuer).</param>
/// <param name="TraineeId">The trainee.</param>
/// <param name="TrackId">The track.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it expires, or null when it never does.</param>
/// <param name="Credential">The signed credential text.</param>
public sealed record CertificateRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("trainee")] string TraineeId,
    [property: JsonPropertyName("track")] string TrackId,
    [property: JsonPropertyName("issuedAt")] DateTimeOffset IssuedAt,
    [property: JsonPropertyName("expiresAt")] DateTimeOffset? ExpiresAt,
    [property: JsonPropertyName("credential")] string Credential)
{
    /// <summary>Whether the certificate is still valid at an instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>True when it never expires or expires after <paramref name="now"/>.</returns>
    public bool IsValidAt(DateTimeOffset now) => ExpiresAt is not { } expires || expires > now;
}
