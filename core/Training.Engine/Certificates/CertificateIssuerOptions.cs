namespace Training.Engine.Certificates;

/// <summary>How the platform presents itself as the issuer of its certificates.</summary>
public sealed record CertificateIssuerOptions
{
    /// <summary>
    /// The issuer's id (a URI) written as <c>issuer.id</c> and the JWT <c>iss</c>. Null (the default)
    /// uses the key's <c>did:jwk</c> DID, which needs no web site; set an https URL when the
    /// organisation publishes an issuer profile.
    /// </summary>
    public string? IssuerId { get; init; }

    /// <summary>The issuer's display name.</summary>
    public string IssuerName { get; init; } = "Training";

    /// <summary>The issuer's home page, if any (<c>issuer.url</c>).</summary>
    public string? IssuerUrl { get; init; }

    /// <summary>
    /// The prefix of achievement ids: the track id, URI-escaped, is appended. Use an https URL ending
    /// in <c>/</c> when tracks have public pages.
    /// </summary>
    public string AchievementIdPrefix { get; init; } = "urn:training:track:";

    /// <summary>The language of the names and descriptions written in the credential (<c>fr</c> or <c>en</c>).</summary>
    public string Language { get; init; } = "fr";
}
