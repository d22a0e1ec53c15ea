namespace Training.Engine.Certificates;

/// <summary>Issues the signed credential a trainee receives when a track is completed.</summary>
public interface ICertificateIssuer
{
    /// <summary>Signs a credential for the request.</summary>
    /// <param name="request">Who earned what, and when.</param>
    /// <returns>The certificate with its id and signed credential.</returns>
    IssuedCertificate Issue(CertificateRequest request);
}
