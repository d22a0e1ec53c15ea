using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Training.Engine.Certificates;

/// <summary>
/// Issues certificates as Open Badges 3.0 <c>OpenBadgeCredential</c>s secured as VC-JWTs, signed
/// ES256 with the platform's issuer key. The JWT payload is the credential itself with the
/// registered claims <c>iss</c>, <c>jti</c>, <c>sub</c>, <c>nbf</c> and <c>exp</c> beside its members.
/// </summary>
public sealed class CertificateIssuer : ICertificateIssuer, IDisposable
{
    private static readonly JsonSerializerOptions s_payloadJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly IssuerKey _key;
    private readonly bool _ownsKey;
    private readonly OpenBadgeCredentialBuilder _builder;
    private readonly SigningCredentials _signing;

    /// <summary>Creates an issuer that signs with <paramref name="key"/>, which the caller keeps and disposes.</summary>
    /// <param name="key">The issuer key, e.g. from <see cref="IssuerKey.LoadOrCreate"/>.</param>
    /// <param name="options">How the issuer presents itself; defaults when null.</param>
    public CertificateIssuer(IssuerKey key, CertificateIssuerOptions? options = null)
        : this(key, options, ownsKey: false)
    {
    }

    private CertificateIssuer(IssuerKey key, CertificateIssuerOptions? options, bool ownsKey)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _ownsKey = ownsKey;
        Options = options ?? new CertificateIssuerOptions();
        IssuerId = Options.IssuerId ?? key.PublicKey.DidJwk;
        _builder = new OpenBadgeCredentialBuilder(Options, IssuerId);
        var securityKey = new ECDsaSecurityKey(key.Key) { KeyId = key.PublicKey.KeyUri };
        _signing = new SigningCredentials(securityKey, SecurityAlgorithms.EcdsaSha256);
    }

    /// <summary>The options in force.</summary>
    public CertificateIssuerOptions Options { get; }

    /// <summary>The issuer id written in every credential (<c>issuer.id</c> and <c>iss</c>).</summary>
    public string IssuerId { get; }

    /// <summary>The public key verifiers need (see <see cref="IssuerPublicKey.Export"/>).</summary>
    public IssuerPublicKey PublicKey => _key.PublicKey;

    /// <summary>Opens the issuer of a data folder, generating its key on first use.</summary>
    /// <param name="dataFolder">The platform's data folder.</param>
    /// <param name="options">How the issuer presents itself; defaults when null.</param>
    /// <returns>An issuer that owns its key: dispose it when done.</returns>
    public static CertificateIssuer Open(string dataFolder, CertificateIssuerOptions? options = null) =>
        new(IssuerKey.LoadOrCreate(dataFolder), options, ownsKey: true);

    /// <inheritdoc />
    /// <remarks>
    /// Each call makes a new credential with a new id, so recertification after expiry simply issues
    /// again. Dates are truncated to whole seconds, the precision of JWT dates, and the returned
    /// certificate carries the truncated values.
    /// </remarks>
    /// <exception cref="ArgumentException">The request expires before (or when) it is issued, or lacks ids.</exception>
    public IssuedCertificate Issue(CertificateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TraineeId, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TrackId, nameof(request));
        var issuedAt = WholeSeconds(request.IssuedAt);
        var expiresAt = request.ExpiresAt is { } expiry ? WholeSeconds(expiry) : (DateTimeOffset?)null;
        if (expiresAt <= issuedAt)
        {
            throw new ArgumentException($"The certificate would expire ({expiresAt:O}) no later than it is issued ({issuedAt:O}).", nameof(request));
        }

        var id = CertificateId.New();
        var payload = _builder.Build(id, request with { IssuedAt = issuedAt, ExpiresAt = expiresAt });
        var subject = payload["credentialSubject"]!["id"]!.GetValue<string>();
        payload["iss"] = IssuerId;
        payload["jti"] = id;
        payload["sub"] = subject;
        payload["nbf"] = issuedAt.ToUnixTimeSeconds();
        if (expiresAt is { } exp)
        {
            payload["exp"] = exp.ToUnixTimeSeconds();
        }

        var token = new JsonWebTokenHandler().CreateToken(payload.ToJsonString(s_payloadJson), _signing);
        return new IssuedCertificate(id, token, issuedAt, expiresAt);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsKey)
        {
            _key.Dispose();
        }
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());
}
