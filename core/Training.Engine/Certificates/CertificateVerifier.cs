using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Training.Engine.Certificates;

/// <summary>
/// Verifies a certificate offline: a compact VC-JWT signed ES256 by the issuer key, carrying an
/// Open Badges 3.0 credential, checked against a given time. Never throws on hostile input: every
/// problem becomes an invalid result with its reason.
/// </summary>
/// <remarks>
/// The JWS is checked here rather than by a token library so that each failure keeps its precise
/// reason and so that only the canonical base64url form is accepted (otherwise the unused bits of
/// the signature's last character could change without breaking the signature). The cryptography
/// itself is the platform's ECDSA.
/// </remarks>
public static class CertificateVerifier
{
    /// <summary>The largest credential accepted, far above what the issuer writes.</summary>
    public const int MaxLength = 256 * 1024;

    private const int Es256SignatureLength = 64;

    private static readonly HashSet<string> s_knownHeaders = ["alg", "kid", "jwk", "typ"];

    /// <summary>Verifies a credential (surrounding whitespace is ignored).</summary>
    /// <param name="credential">The compact JWS, as exported.</param>
    /// <param name="issuerKey">The issuer's public key, e.g. from <see cref="IssuerPublicKey.Load"/> or <see cref="IssuerKey.FindPublicKey"/>.</param>
    /// <param name="now">The time to check validity at (the caller's <see cref="TimeProvider"/>).</param>
    /// <returns>The result; <see cref="CertificateVerification.Valid"/> tells whether to trust it.</returns>
    public static CertificateVerification Verify(string? credential, IssuerPublicKey issuerKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(issuerKey);
        try
        {
            return VerifyCore(credential, issuerKey, now);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException or CryptographicException or InvalidOperationException or OverflowException)
        {
            // Belt and braces: the checks above are meant to catch every bad input first.
            return CertificateVerification.Fail(CertificateFailure.Malformed, "malformed: " + e.Message);
        }
    }

    /// <summary>Verifies a credential file (a compact JWS with optional surrounding whitespace).</summary>
    /// <param name="path">The file.</param>
    /// <param name="issuerKey">The issuer's public key.</param>
    /// <param name="now">The time to check validity at.</param>
    /// <returns>The result; an unreadable or oversized file is invalid, with the reason.</returns>
    public static CertificateVerification VerifyFile(string path, IssuerPublicKey issuerKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxLength * 4L)
            {
                return CertificateVerification.Fail(CertificateFailure.Malformed, $"malformed: the file is larger than {MaxLength} characters");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return CertificateVerification.Fail(CertificateFailure.Malformed, $"cannot read '{path}': {e.Message}");
        }

        return Verify(text, issuerKey, now);
    }

    private static CertificateVerification VerifyCore(string? credential, IssuerPublicKey issuerKey, DateTimeOffset now)
    {
        var text = credential?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return Malformed("the input is empty");
        }

        if (text.Length > MaxLength)
        {
            return Malformed($"the input is longer than {MaxLength} characters");
        }

        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            return Malformed($"not a JWT: a compact JWS has 3 dot-separated parts, this has {parts.Length}");
        }

        if (!CanonicalBase64Url.TryDecode(parts[0], out var headerBytes))
        {
            return Malformed("the JWT header is not base64url");
        }

        if (!CanonicalBase64Url.TryDecode(parts[1], out var payloadBytes))
        {
            return Malformed("the JWT payload is not base64url");
        }

        if (!CanonicalBase64Url.TryDecode(parts[2], out var signature))
        {
            return Malformed("the JWT signature is not base64url");
        }

        if (!TryParseObject(headerBytes, out var header))
        {
            return Malformed("the JWT header is not a JSON object");
        }

        using (header)
        {
            var headerCheck = CheckHeader(header.RootElement, issuerKey, out var namesKey);
            if (headerCheck is not null)
            {
                return headerCheck;
            }

            if (signature.Length != Es256SignatureLength)
            {
                return CertificateVerification.Fail(CertificateFailure.BadSignature, $"bad signature: ES256 signatures have {Es256SignatureLength} bytes, this one has {signature.Length}");
            }

            var signedPart = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            if (!issuerKey.Key.VerifyData(signedPart, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
            {
                return CertificateVerification.Fail(
                    CertificateFailure.BadSignature,
                    namesKey
                        ? "bad signature: the credential was changed after it was signed"
                        : "bad signature: the credential was changed after it was signed, or signed by another key");
            }
        }

        if (!TryParseObject(payloadBytes, out var payload))
        {
            return Malformed("the JWT payload is not a JSON object");
        }

        using (payload)
        {
            return CredentialClaims.CheckTime(CredentialClaims.Read(payload.RootElement), now);
        }
    }

    private static CertificateVerification? CheckHeader(JsonElement header, IssuerPublicKey issuerKey, out bool namesKey)
    {
        namesKey = false;
        var alg = header.TryGetProperty("alg", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        if (alg != "ES256")
        {
            return CertificateVerification.Fail(CertificateFailure.UnsupportedAlgorithm, $"unsupported algorithm '{alg ?? "(none)"}': certificates are signed ES256");
        }

        foreach (var member in header.EnumerateObject())
        {
            if (!s_knownHeaders.Contains(member.Name))
            {
                return CertificateVerification.Fail(CertificateFailure.UnsupportedAlgorithm, $"unsupported JOSE header '{member.Name}'");
            }
        }

        if (header.TryGetProperty("typ", out var typ) && !(typ.ValueKind == JsonValueKind.String && typ.ValueEquals("JWT")))
        {
            return Malformed("the JOSE header typ must be \"JWT\"");
        }

        if (header.TryGetProperty("kid", out var kid))
        {
            var value = kid.ValueKind == JsonValueKind.String ? kid.GetString()! : kid.GetRawText();
            if (value != issuerKey.KeyUri && value != issuerKey.KeyId)
            {
                return CertificateVerification.Fail(CertificateFailure.WrongKey, $"signed by another key: the credential names key '{value}', the issuer key is '{issuerKey.KeyUri}'");
            }

            namesKey = true;
        }

        if (header.TryGetProperty("jwk", out var jwk))
        {
            string embedded;
            try
            {
                using var key = IssuerPublicKey.Parse(jwk.GetRawText());
                embedded = key.KeyId;
            }
            catch (FormatException e)
            {
                return Malformed("the JOSE header jwk is not a P-256 public key: " + e.Message);
            }

            if (embedded != issuerKey.KeyId)
            {
                return CertificateVerification.Fail(CertificateFailure.WrongKey, $"signed by another key: the credential carries key '{IssuerPublicKey.ThumbprintUriPrefix}{embedded}', the issuer key is '{issuerKey.KeyUri}'");
            }

            namesKey = true;
        }

        return null;
    }

    private static bool TryParseObject(byte[] utf8, out JsonDocument document)
    {
        document = null!;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return false;
        }

        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        document.Dispose();
        return false;
    }

    private static CertificateVerification Malformed(string detail) =>
        CertificateVerification.Fail(CertificateFailure.Malformed, "malformed: " + detail);
}
