using Training.Engine.Certificates;

namespace Training.Engine.Tests.Records;

/// <summary>Issues unsigned, numbered certificates and remembers the requests.</summary>
internal sealed class FakeCertificateIssuer : ICertificateIssuer
{
    private int _count;

    public List<CertificateRequest> Requests { get; } = [];

    public IssuedCertificate Issue(CertificateRequest request)
    {
        Requests.Add(request);
        var number = Interlocked.Increment(ref _count);
        return new IssuedCertificate($"urn:test:{number}", $"credential-{request.TraineeId}-{request.TrackId}-{number}", request.IssuedAt, request.ExpiresAt);
    }
}
