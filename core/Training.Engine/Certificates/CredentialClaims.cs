using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Training.Engine.Certificates;

/// <summary>
/// Reads a verified JWT payload as an Open Badges credential and checks the VC-JWT rules: the
/// claims <c>iss</c>, <c>jti</c>, <c>sub</c>, <c>nbf</c>, <c>exp</c> must agree with the credential.
/// Accepts both the OB 3.0 form (the payload is the credential) and the VC 1.1 form (a <c>vc</c>
/// claim, <c>issuanceDate</c>/<c>expirationDate</c>).
/// </summary>
internal static partial class CredentialClaims
{
    private static readonly Regex s_openBadgesContext = OpenBadgesContextPattern();

    /// <summary>Checks the payload; the result has no time check yet (see <see cref="CheckTime"/>).</summary>
    public static CertificateVerification Read(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return CertificateVerification.Fail(CertificateFailure.Malformed, "malformed: the JWT payload is not a JSON object");
        }

        var legacy = payload.TryGetProperty("vc", out var vc) && vc.ValueKind == JsonValueKind.Object;
        var credential = legacy ? vc : payload;
        if (!HasType(credential, OpenBadgeCredentialBuilder.VerifiableCredentialType)
            || !(HasType(credential, OpenBadgeCredentialBuilder.OpenBadgeCredentialType) || HasType(credential, "AchievementCredential")))
        {
            return CertificateVerification.Fail(CertificateFailure.NotOpenBadge, "not an OpenBadgeCredential: its type must list VerifiableCredential and OpenBadgeCredential");
        }

        if (!HasContexts(credential, legacy))
        {
            return CertificateVerification.Fail(CertificateFailure.NotOpenBadge, "not an OpenBadgeCredential: its @context must start with the Verifiable Credentials context and include the Open Badges 3.0 one");
        }

        var id = String(credential, "id");
        var issuerId = credential.TryGetProperty("issuer", out var issuer) && issuer.ValueKind == JsonValueKind.Object ? String(issuer, "id") : String(credential, "issuer");
        var subject = credential.TryGetProperty("credentialSubject", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        if (id is null || issuerId is null || subject.ValueKind != JsonValueKind.Object)
        {
            return CertificateVerification.Fail(CertificateFailure.NotOpenBadge, "not an OpenBadgeCredential: it lacks an id, an issuer id or a credentialSubject");
        }

        // In the VC 1.1 form nbf/exp mirror issuanceDate/expirationDate, even when a validFrom is
        // also present (the validator corpus's velocity.jwt has both, with different dates).
        var fromName = legacy && credential.TryGetProperty("issuanceDate", out _) ? "issuanceDate" : "validFrom";
        var untilName = legacy && credential.TryGetProperty("expirationDate", out _) ? "expirationDate" : "validUntil";
        if (!TryDate(credential, fromName, out var validFrom) || validFrom is null)
        {
            return CertificateVerification.Fail(CertificateFailure.NotOpenBadge, $"not an OpenBadgeCredential: {fromName} is missing or not a date");
        }

        if (!TryDate(credential, untilName, out var validUntil))
        {
            return CertificateVerification.Fail(CertificateFailure.NotOpenBadge, $"not an OpenBadgeCredential: {untilName} is not a date");
        }

        var subjectId = String(subject, "id");
        var mismatch =
            Differs(payload, "iss", issuerId, "issuer.id")
            ?? Differs(payload, "jti", id, "id")
            ?? (subjectId is null ? null : Differs(payload, "sub", subjectId, "credentialSubject.id"))
            ?? DateDiffers(payload, "nbf", validFrom, fromName)
            ?? DateDiffers(payload, "exp", validUntil, untilName);
        var achievement = subject.TryGetProperty("achievement", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var result = new CertificateVerification(
            mismatch is null,
            mismatch is null ? CertificateVerification.Ok : "claims inconsistent with the credential: " + mismatch,
            Trainee(subject) ?? subjectId,
            Track(achievement),
            Truncate(validFrom.Value),
            validUntil is { } until ? Truncate(until) : null)
        {
            Failure = mismatch is null ? CertificateFailure.None : CertificateFailure.Inconsistent,
            CertificateId = id,
            IssuerId = issuerId,
            TraineeName = Identity(subject, "name"),
            TrackTitle = achievement.ValueKind == JsonValueKind.Object ? String(achievement, "name") : null,
        };
        return result;
    }

    /// <summary>Applies the validity period at <paramref name="now"/> to a consistent credential.</summary>
    public static CertificateVerification CheckTime(CertificateVerification read, DateTimeOffset now)
    {
        if (!read.Valid)
        {
            return read;
        }

        if (now < read.IssuedAt)
        {
            return read with { Valid = false, Reason = $"not yet valid: valid from {Format(read.IssuedAt.Value)}", Failure = CertificateFailure.NotYetValid };
        }

        if (read.ExpiresAt is { } expiresAt && now >= expiresAt)
        {
            return read with { Valid = false, Reason = $"expired on {Format(expiresAt)}", Failure = CertificateFailure.Expired };
        }

        return read;
    }

    private static string Format(DateTimeOffset value) => OpenBadgeCredentialBuilder.FormatDate(value);

    private static DateTimeOffset Truncate(DateTimeOffset value) => DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());

    private static bool HasContexts(JsonElement credential, bool legacy)
    {
        if (!credential.TryGetProperty("@context", out var contexts) || contexts.ValueKind != JsonValueKind.Array || contexts.GetArrayLength() == 0)
        {
            return false;
        }

        var first = contexts[0];
        if (legacy)
        {
            // The VC 1.1 form predates the published OB 3.0 contexts; only the VC context is required.
            return first.ValueKind == JsonValueKind.String
                && (first.ValueEquals(OpenBadgeCredentialBuilder.CredentialsContext) || first.ValueEquals("https://www.w3.org/2018/credentials/v1"));
        }

        return first.ValueKind == JsonValueKind.String
            && first.ValueEquals(OpenBadgeCredentialBuilder.CredentialsContext)
            && contexts.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && s_openBadgesContext.IsMatch(c.GetString()!));
    }

    private static bool HasType(JsonElement credential, string type)
    {
        if (!credential.TryGetProperty("type", out var types))
        {
            return false;
        }

        return types.ValueKind switch
        {
            JsonValueKind.String => types.ValueEquals(type),
            JsonValueKind.Array => types.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.ValueEquals(type)),
            _ => false,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryDate(JsonElement element, string name, out DateTimeOffset? date)
    {
        date = null;
        if (!element.TryGetProperty(name, out var value))
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static string? Differs(JsonElement payload, string claim, string expected, string property)
    {
        var actual = String(payload, claim);
        return actual is null
            ? $"the {claim} claim is missing (the credential's {property} is {expected})"
            : actual == expected ? null : $"{claim} is {actual} but the credential's {property} is {expected}";
    }

    private static string? DateDiffers(JsonElement payload, string claim, DateTimeOffset? expected, string property)
    {
        long? actual = null;
        if (payload.TryGetProperty(claim, out var value))
        {
            if (value.ValueKind != JsonValueKind.Number)
            {
                return $"the {claim} claim is not a number";
            }

            actual = value.TryGetInt64(out var whole) ? whole : (long)Math.Floor(Math.Clamp(value.GetDouble(), long.MinValue, long.MaxValue));
        }

        var wanted = expected?.ToUnixTimeSeconds();
        return (actual, wanted) switch
        {
            (null, null) => null,
            (null, _) => $"the {claim} claim is missing but the credential has {property} {Format(expected!.Value)}",
            (_, null) => $"the {claim} claim is set but the credential has no {property}",
            _ when actual == wanted => null,
            _ => $"{claim} is {actual} but the credential's {property} is {Format(expected!.Value)} ({wanted})",
        };
    }

    private static string? Trainee(JsonElement subject) => Identity(subject, OpenBadgeCredentialBuilder.TraineeIdentityType);

    private static string? Identity(JsonElement subject, string identityType)
    {
        if (!subject.TryGetProperty("identifier", out var identifiers) || identifiers.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var identity in identifiers.EnumerateArray())
        {
            if (identity.ValueKind == JsonValueKind.Object
                && String(identity, "identityType") == identityType
                && identity.TryGetProperty("hashed", out var hashed) && hashed.ValueKind == JsonValueKind.False)
            {
                return String(identity, "identityHash");
            }
        }

        return null;
    }

    private static string? Track(JsonElement achievement)
    {
        if (achievement.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (achievement.TryGetProperty("otherIdentifier", out var others) && others.ValueKind == JsonValueKind.Array)
        {
            foreach (var other in others.EnumerateArray())
            {
                if (other.ValueKind == JsonValueKind.Object && String(other, "identifierType") == OpenBadgeCredentialBuilder.TrackIdentifierType)
                {
                    return String(other, "identifier");
                }
            }
        }

        return String(achievement, "id");
    }

    [GeneratedRegex(@"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d+\.\d+)?\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex OpenBadgesContextPattern();
}
