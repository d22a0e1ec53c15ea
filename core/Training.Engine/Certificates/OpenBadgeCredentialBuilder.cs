using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Training.Engine.Certificates;

/// <summary>
/// Builds the Open Badges 3.0 <c>OpenBadgeCredential</c> (Verifiable Credentials Data Model 2.0
/// shape: <c>validFrom</c>/<c>validUntil</c>) that a certificate's JWT carries.
/// </summary>
internal sealed class OpenBadgeCredentialBuilder
{
    public const string CredentialsContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public const string OpenBadgeCredentialType = "OpenBadgeCredential";
    public const string VerifiableCredentialType = "VerifiableCredential";

    /// <summary>The identity type under which the trainee's platform id is written in clear.</summary>
    public const string TraineeIdentityType = "systemId";

    /// <summary>The identifier type under which the track's id is written on the achievement.</summary>
    public const string TrackIdentifierType = "systemId";

    private readonly CertificateIssuerOptions _options;
    private readonly string _issuerId;

    public OpenBadgeCredentialBuilder(CertificateIssuerOptions options, string issuerId)
    {
        _options = options;
        _issuerId = issuerId;
    }

    /// <summary>Writes a date the way the credential and the JWT agree on: UTC, whole seconds.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Builds the credential; dates are expected already truncated to whole seconds.</summary>
    public JsonObject Build(string id, CertificateRequest request)
    {
        var language = _options.Language;
        var title = request.TrackTitle.Get(language);
        if (title.Length == 0)
        {
            title = request.TrackId;
        }

        var description = request.TrackDescription.Get(language);
        var achievement = new JsonObject
        {
            ["id"] = _options.AchievementIdPrefix + Uri.EscapeDataString(request.TrackId),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Certification",
            ["name"] = title,
            ["description"] = description.Length > 0 ? description : title,
            ["criteria"] = new JsonObject { ["narrative"] = Narrative(title, language) },
            ["inLanguage"] = language,
            ["otherIdentifier"] = new JsonArray(new JsonObject
            {
                ["type"] = "IdentifierEntry",
                ["identifier"] = request.TrackId,
                ["identifierType"] = TrackIdentifierType,
            }),
        };

        var identifiers = new JsonArray(
            Identity(TraineeIdentityType, request.TraineeId),
            Identity("name", request.TraineeName));
        if (!string.IsNullOrWhiteSpace(request.TraineeEmail))
        {
            identifiers.Add(HashedEmail(request.TraineeEmail));
        }

        var issuer = new JsonObject
        {
            ["id"] = _issuerId,
            ["type"] = new JsonArray("Profile"),
            ["name"] = _options.IssuerName,
        };
        if (_options.IssuerUrl is { } url)
        {
            issuer["url"] = url;
        }

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsContext, OpenBadgesContext),
            ["id"] = id,
            ["type"] = new JsonArray(VerifiableCredentialType, OpenBadgeCredentialType),
            ["issuer"] = issuer,
            ["validFrom"] = FormatDate(request.IssuedAt),
        };
        if (request.ExpiresAt is { } expiresAt)
        {
            credential["validUntil"] = FormatDate(expiresAt);
        }

        credential["awardedDate"] = FormatDate(request.IssuedAt);
        credential["name"] = title;
        credential["credentialSubject"] = new JsonObject
        {
            ["id"] = TraineeSubjectId.For(request.TraineeId),
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = identifiers,
            ["achievement"] = achievement,
        };
        return credential;
    }

    private static string Narrative(string title, string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? $"Completed the certification track \"{title}\": every required module passed."
            : $"A suivi le parcours de certification « {title} » et réussi chacun de ses modules requis.";

    private static JsonObject Identity(string type, string value) => new()
    {
        ["type"] = "IdentityObject",
        ["identityType"] = type,
        ["hashed"] = false,
        ["identityHash"] = value,
    };

    private static JsonObject HashedEmail(string email)
    {
        // Salted so the e-mail cannot be looked up in a list of hashes; the holder proves it by
        // giving the address, which the verifier hashes with this salt.
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var normalized = email.Trim().ToLowerInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized + salt)));
        return new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityType"] = "emailAddress",
            ["hashed"] = true,
            ["identityHash"] = "sha256$" + hash,
            ["salt"] = salt,
        };
    }
}
