using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Training.Engine.Certificates;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Certificates;

/// <summary>Requests, keys and JWT surgery shared by the certificate tests.</summary>
internal static class CertificateTestData
{
    public static readonly DateTimeOffset IssuedAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);
    public static readonly DateTimeOffset ExpiresAt = IssuedAt.AddYears(2);

    public static CertificateRequest Request(DateTimeOffset? expiresAt = null, bool expires = true) => new(
        TraineeId: "t-0042",
        TraineeName: "Camille Dupont",
        TraineeEmail: "Camille.Dupont@example.org",
        TrackId: "securite-incendie",
        TrackTitle: LocalizedText.Of("Sécurité incendie", "Fire safety"),
        TrackDescription: LocalizedText.Of("Prévenir, alerter, évacuer.", "Prevent, alert, evacuate."),
        IssuedAt: IssuedAt,
        ExpiresAt: expires ? expiresAt ?? ExpiresAt : null);

    public static JsonElement Payload(string jwt) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1])).RootElement.Clone();

    public static JsonElement Header(string jwt) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[0])).RootElement.Clone();

    /// <summary>Replaces the payload and keeps the old signature, as a forger without the key would.</summary>
    public static string WithPayload(string jwt, string payloadJson)
    {
        var parts = jwt.Split('.');
        return parts[0] + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payloadJson)) + "." + parts[2];
    }

    /// <summary>Signs any payload with a key's private part, headed with its kid: for "signed but wrong" cases.</summary>
    public static string Sign(IssuerKey key, string payloadJson, string? kid = null)
    {
        var securityKey = new ECDsaSecurityKey(key.Key) { KeyId = kid ?? key.PublicKey.KeyUri };
        return new JsonWebTokenHandler().CreateToken(payloadJson, new SigningCredentials(securityKey, SecurityAlgorithms.EcdsaSha256));
    }
}
