using System.Text.Json.Serialization;

namespace Training.Engine.Certificates;

/// <summary>
/// The outcome of verifying a certificate. Serialized (System.Text.Json) it is exactly
/// <c>{ "valid", "reason", "trainee", "track", "issuedAt", "expiresAt" }</c>; the other members are
/// for callers and are not serialized.
/// </summary>
/// <param name="Valid">True when the signature, the issuer key, the claims and the dates all check out.</param>
/// <param name="Reason"><c>"ok"</c> when valid; otherwise why not, in one English sentence.</param>
/// <param name="Trainee">The trainee id the certificate names; null when the content could not be trusted or read.</param>
/// <param name="Track">The track id the certificate names; null when the content could not be trusted or read.</param>
/// <param name="IssuedAt">When validity starts (<c>validFrom</c>, JWT <c>nbf</c>).</param>
/// <param name="ExpiresAt">When validity ends (<c>validUntil</c>, JWT <c>exp</c>); null when it never does.</param>
public sealed record CertificateVerification(
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("trainee")] string? Trainee,
    [property: JsonPropertyName("track")] string? Track,
    [property: JsonPropertyName("issuedAt")] DateTimeOffset? IssuedAt,
    [property: JsonPropertyName("expiresAt")] DateTimeOffset? ExpiresAt)
{
    /// <summary>The reason given for a valid certificate.</summary>
    public const string Ok = "ok";

    /// <summary>The kind of failure, for callers that branch on it.</summary>
    [JsonIgnore]
    public CertificateFailure Failure { get; init; }

    /// <summary>The certificate id (<c>urn:uuid:…</c>), when it could be read from signed content.</summary>
    [JsonIgnore]
    public string? CertificateId { get; init; }

    /// <summary>The trainee's name as written on the certificate.</summary>
    [JsonIgnore]
    public string? TraineeName { get; init; }

    /// <summary>The track's title as written on the certificate.</summary>
    [JsonIgnore]
    public string? TrackTitle { get; init; }

    /// <summary>The issuer id (<c>iss</c>).</summary>
    [JsonIgnore]
    public string? IssuerId { get; init; }

    internal static CertificateVerification Fail(CertificateFailure failure, string reason) =>
        new(false, reason, null, null, null, null) { Failure = failure };
}
