using Training.Engine.Certificates;

namespace Training.Cli.Hosting;

/// <summary>
/// The data folder's issuer, opened on first use: most commands never issue a certificate and
/// must not create a signing key as a side effect.
/// </summary>
internal static class CertificateIssuerFactory
{
    public static ICertificateIssuer Create(string dataFolder) => new LazyIssuer(dataFolder);

    private sealed class LazyIssuer(string dataFolder) : ICertificateIssuer, IDisposable
    {
        private CertificateIssuer? _issuer;

        public IssuedCertificate Issue(CertificateRequest request) => (_issuer ??= CertificateIssuer.Open(dataFolder)).Issue(request);

        public void Dispose() => _issuer?.Dispose();
    }
}
