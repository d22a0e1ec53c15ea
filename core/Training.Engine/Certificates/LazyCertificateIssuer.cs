namespace Training.Engine.Certificates;

/// <summary>
/// A data folder's issuer, opened on first use: most commands and requests never issue a
/// certificate and must not create a signing key as a side effect. Thread-safe.
/// </summary>
public sealed class LazyCertificateIssuer : ICertificateIssuer, IDisposable
{
    private readonly Lazy<CertificateIssuer> _issuer;

    /// <summary>Creates the issuer of a data folder without opening its key.</summary>
    /// <param name="dataFolder">The platform's data folder.</param>
    /// <param name="options">How the issuer presents itself; defaults when null.</param>
    public LazyCertificateIssuer(string dataFolder, CertificateIssuerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        _issuer = new Lazy<CertificateIssuer>(() => CertificateIssuer.Open(dataFolder, options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc />
    public IssuedCertificate Issue(CertificateRequest request) => _issuer.Value.Issue(request);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_issuer.IsValueCreated)
        {
            _issuer.Value.Dispose();
        }
    }
}
