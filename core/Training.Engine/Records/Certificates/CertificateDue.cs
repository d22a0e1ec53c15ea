namespace Training.Engine.Records.Certificates;

/// <summary>A certificate that expires soon or has just expired: its holder must recertify.</summary>
/// <param name="Certificate">The certificate (the holder's latest for the track).</param>
/// <param name="TraineeName">The holder's name.</param>
/// <param name="DaysLeft">Whole days until it expires, rounded down: 0 on its last day, negative once expired.</param>
public sealed record CertificateDue(CertificateRecord Certificate, string TraineeName, int DaysLeft);
