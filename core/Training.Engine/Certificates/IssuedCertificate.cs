namespace Training.Engine.Certificates;

/// <summary>A certificate as issued: its id and the signed credential anyone can verify offline.</summary>
/// <param name="Id">The certificate id (a URN UUID, also the credential's id).</param>
/// <param name="Credential">The signed credential: a compact VC-JWT.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it expires, or null.</param>
public sealed record IssuedCertificate(string Id, string Credential, DateTimeOffset IssuedAt, DateTimeOffset? ExpiresAt);
