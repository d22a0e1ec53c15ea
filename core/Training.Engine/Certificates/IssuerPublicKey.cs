using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Training.Engine.Certificates;

/// <summary>
/// The public half of the platform's issuer key (ECDSA P-256): what a verifier needs to check a
/// certificate offline. Read from a JWK (RFC 7517) or a PEM <c>PUBLIC KEY</c> file.
/// </summary>
public sealed class IssuerPublicKey : IDisposable
{
    /// <summary>The prefix of a JWK thumbprint URI (RFC 9278), the form of the <c>kid</c> header.</summary>
    public const string ThumbprintUriPrefix = "urn:ietf:params:oauth:jwk-thumbprint:sha-256:";

    private const int CoordinateLength = 32;

    private readonly ECDsa _key;

    private IssuerPublicKey(ECDsa key, byte[] x, byte[] y)
    {
        _key = key;
        X = CanonicalBase64Url.Encode(x);
        Y = CanonicalBase64Url.Encode(y);

        // RFC 7638: the required members, sorted, no whitespace.
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{X}}","y":"{{Y}}"}""";
        KeyId = CanonicalBase64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The RFC 7638 JWK thumbprint (SHA-256, base64url): a stable id for this key.</summary>
    public string KeyId { get; }

    /// <summary>The key id as a URI (RFC 9278), written in the credential's <c>kid</c> header.</summary>
    public string KeyUri => ThumbprintUriPrefix + KeyId;

    /// <summary>
    /// The key as a <c>did:jwk</c> DID: an issuer id that carries its own key, so it needs no web
    /// site. It changes when the key changes.
    /// </summary>
    public string DidJwk => "did:jwk:" + CanonicalBase64Url.Encode(Encoding.UTF8.GetBytes(ToJwk(indented: false, includeKeyId: false)));

    internal ECDsa Key => _key;

    private string X { get; }

    private string Y { get; }

    /// <summary>Reads a public key from a JWK (JSON) or PEM text.</summary>
    /// <param name="text">A JWK object, or a PEM <c>PUBLIC KEY</c> block.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a P-256 public key in either form.</exception>
    public static IssuerPublicKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.StartsWith('{') ? FromJwk(trimmed) : FromPem(trimmed);
    }

    /// <summary>Reads a public key file (JWK or PEM, told apart by content).</summary>
    /// <param name="path">The file, e.g. one written by <see cref="Export"/>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The file does not hold a P-256 public key.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IssuerPublicKey Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Takes the public part of an ECDSA P-256 key.</summary>
    /// <param name="key">The key (its private part, if any, is not kept).</param>
    /// <returns>The public key.</returns>
    /// <exception cref="FormatException">The key is not on P-256.</exception>
    public static IssuerPublicKey FromECDsa(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return FromParameters(key.ExportParameters(includePrivateParameters: false));
    }

    /// <summary>Writes the public key to a file: PEM when the name ends in <c>.pem</c>, a JWK otherwise.</summary>
    /// <param name="path">The file to write (replaced if present).</param>
    public void Export(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) ? ToPem() : ToJwk();
        File.WriteAllText(path, text + "\n");
    }

    /// <summary>The public key as a JWK with <c>kid</c>, <c>use</c> and <c>alg</c>; never holds the private part.</summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJwk(bool indented = true) => ToJwk(indented, includeKeyId: true);

    /// <summary>The public key as a PEM <c>PUBLIC KEY</c> (SubjectPublicKeyInfo) block.</summary>
    /// <returns>The PEM text.</returns>
    public string ToPem() => _key.ExportSubjectPublicKeyInfoPem();

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();

    internal static IssuerPublicKey FromParameters(ECParameters parameters)
    {
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value
            || parameters.Q.X is not { Length: CoordinateLength } x
            || parameters.Q.Y is not { Length: CoordinateLength } y)
        {
            throw new FormatException("The key is not an EC P-256 key.");
        }

        var publicOnly = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };
        ECDsa key;
        try
        {
            // Import validates that the point lies on the curve.
            key = ECDsa.Create(publicOnly);
        }
        catch (CryptographicException e)
        {
            throw new FormatException("The key is not a valid P-256 public key: " + e.Message, e);
        }

        return new IssuerPublicKey(key, x, y);
    }

    private static IssuerPublicKey FromPem(string pem)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new FormatException("The text is neither a JWK nor a PEM EC public key: " + e.Message, e);
        }

        return FromParameters(key.ExportParameters(includePrivateParameters: false));
    }

    private static IssuerPublicKey FromJwk(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Member(root, "kty") != "EC"
                || Member(root, "crv") != "P-256")
            {
                throw new FormatException("The JWK is not an EC P-256 key (kty EC, crv P-256).");
            }

            if (!CanonicalBase64Url.TryDecode(Member(root, "x") ?? "", out var x)
                || !CanonicalBase64Url.TryDecode(Member(root, "y") ?? "", out var y))
            {
                throw new FormatException("The JWK's x and y must be base64url coordinates.");
            }

            return FromParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
        }
        catch (JsonException e)
        {
            throw new FormatException("The JWK is not valid JSON: " + e.Message, e);
        }
    }

    private static string? Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private string ToJwk(bool indented, bool includeKeyId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteString("kty", "EC");
            writer.WriteString("crv", "P-256");
            writer.WriteString("x", X);
            writer.WriteString("y", Y);
            if (includeKeyId)
            {
                writer.WriteString("kid", KeyUri);
                writer.WriteString("use", "sig");
                writer.WriteString("alg", "ES256");
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
