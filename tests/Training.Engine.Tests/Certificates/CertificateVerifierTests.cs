using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Engine.Certificates;
using Training.TestSupport;

// FsCheck supplies the arguments of [FsCheck.NUnit.Property] methods, which NUnit's analyzer cannot see.
#pragma warning disable NUnit1027

namespace Training.Engine.Tests.Certificates;

public sealed class CertificateVerifierTests
{
    private static readonly DateTimeOffset s_during = CertificateTestData.IssuedAt.AddDays(30);

    private TempDirectory _data = null!;
    private CertificateIssuer _issuer = null!;
    private IssuedCertificate _certificate = null!;

    [OneTimeSetUp]
    public void IssueOnce()
    {
        _data = new TempDirectory();
        _issuer = CertificateIssuer.Open(_data.Path);
        _certificate = _issuer.Issue(CertificateTestData.Request());
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _issuer.Dispose();
        _data.Dispose();
    }

    [Test]
    public void Issued_certificate_verifies()
    {
        var result = CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, s_during);

        Assert.Multiple(() =>
        {
            Assert.That(result.Valid, Is.True, result.Reason);
            Assert.That(result.Reason, Is.EqualTo("ok"));
            Assert.That(result.Failure, Is.EqualTo(CertificateFailure.None));
            Assert.That(result.Trainee, Is.EqualTo("t-0042"));
            Assert.That(result.Track, Is.EqualTo("securite-incendie"));
            Assert.That(result.IssuedAt, Is.EqualTo(CertificateTestData.IssuedAt));
            Assert.That(result.ExpiresAt, Is.EqualTo(CertificateTestData.ExpiresAt));
            Assert.That(result.CertificateId, Is.EqualTo(_certificate.Id));
            Assert.That(result.TraineeName, Is.EqualTo("Camille Dupont"));
            Assert.That(result.TrackTitle, Is.EqualTo("Sécurité incendie"));
            Assert.That(result.IssuerId, Is.EqualTo(_issuer.IssuerId));
        });
    }

    [Test]
    public void Jwt_has_the_vc_jwt_header_and_claims()
    {
        var header = CertificateTestData.Header(_certificate.Credential);
        var payload = CertificateTestData.Payload(_certificate.Credential);

        Assert.Multiple(() =>
        {
            Assert.That(header.GetProperty("alg").GetString(), Is.EqualTo("ES256"));
            Assert.That(header.GetProperty("typ").GetString(), Is.EqualTo("JWT"));
            Assert.That(header.GetProperty("kid").GetString(), Is.EqualTo(_issuer.PublicKey.KeyUri));
            Assert.That(header.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "alg", "kid", "typ" }));
            Assert.That(payload.GetProperty("jti").GetString(), Is.EqualTo(_certificate.Id).And.EqualTo(payload.GetProperty("id").GetString()));
            Assert.That(payload.GetProperty("iss").GetString(), Is.EqualTo(payload.GetProperty("issuer").GetProperty("id").GetString()).And.StartsWith("did:jwk:"));
            Assert.That(payload.GetProperty("sub").GetString(), Is.EqualTo(payload.GetProperty("credentialSubject").GetProperty("id").GetString()).And.StartsWith("urn:uuid:"));
            Assert.That(payload.GetProperty("nbf").GetInt64(), Is.EqualTo(CertificateTestData.IssuedAt.ToUnixTimeSeconds()));
            Assert.That(payload.GetProperty("exp").GetInt64(), Is.EqualTo(CertificateTestData.ExpiresAt.ToUnixTimeSeconds()));
            Assert.That(payload.GetProperty("validUntil").GetString(), Is.EqualTo("2027-03-14T09:26:53Z"));
            Assert.That(payload.TryGetProperty("vc", out _), Is.False, "OB 3.0 puts the credential itself in the payload");
            Assert.That(payload.GetRawText(), Does.Not.Contain("Camille.Dupont@example.org").IgnoreCase, "the e-mail is only present hashed");
        });
    }

    [Test]
    public void Result_serializes_to_exactly_the_documented_fields()
    {
        var json = JsonSerializer.Serialize(CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, s_during));
        using var document = JsonDocument.Parse(json);

        Assert.That(document.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "valid", "reason", "trainee", "track", "issuedAt", "expiresAt" }));
        Assert.That(document.RootElement.GetProperty("valid").GetBoolean(), Is.True);
    }

    [Test]
    public void Surrounding_whitespace_is_ignored_in_text_and_files()
    {
        var padded = "\n  " + _certificate.Credential + " \r\n\t";
        var file = _data.Write("cert.jwt", padded);

        Assert.That(CertificateVerifier.Verify(padded, _issuer.PublicKey, s_during).Valid, Is.True);
        Assert.That(CertificateVerifier.VerifyFile(file, _issuer.PublicKey, s_during).Valid, Is.True);
    }

    [Test]
    public void Missing_file_is_invalid_not_an_exception()
    {
        var result = CertificateVerifier.VerifyFile(Path.Combine(_data.Path, "nope.jwt"), _issuer.PublicKey, s_during);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Reason, Does.StartWith("cannot read"));
    }

    [Test]
    public void Every_changed_byte_is_invalid()
    {
        var jwt = _certificate.Credential;
        var failures = new List<string>();
        for (var i = 0; i < jwt.Length; i++)
        {
            for (var bit = 0; bit < 7; bit++)
            {
                var chars = jwt.ToCharArray();
                chars[i] = (char)(chars[i] ^ (1 << bit));
                var result = CertificateVerifier.Verify(new string(chars), _issuer.PublicKey, s_during);
                if (result.Valid)
                {
                    failures.Add($"position {i}, bit {bit}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void A_changed_signature_byte_is_a_bad_signature()
    {
        var parts = _certificate.Credential.Split('.');
        var signature = System.Buffers.Text.Base64Url.DecodeFromChars(parts[2]);
        signature[10] ^= 0x01;
        var forged = parts[0] + "." + parts[1] + "." + System.Buffers.Text.Base64Url.EncodeToString(signature);

        var result = CertificateVerifier.Verify(forged, _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.BadSignature));
        Assert.That(result.Reason, Does.StartWith("bad signature"));
        Assert.That(result.Trainee, Is.Null, "nothing from an unverified credential is reported");
    }

    [Test]
    public void Non_canonical_base64url_in_the_signature_is_refused()
    {
        // 64 bytes make 86 characters: the last one carries 4 unused bits that must stay zero.
        var parts = _certificate.Credential.Split('.');
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var last = Alphabet.IndexOf(parts[2][^1], StringComparison.Ordinal);
        var twin = Alphabet[last | 0x01];
        Assume.That(twin, Is.Not.EqualTo(parts[2][^1]));
        var forged = parts[0] + "." + parts[1] + "." + parts[2][..^1] + twin;

        var result = CertificateVerifier.Verify(forged, _issuer.PublicKey, s_during);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.Malformed));
    }

    [Test]
    public void Tampered_payload_without_re_signing_is_invalid()
    {
        var payload = JsonNode.Parse(CertificateTestData.Payload(_certificate.Credential).GetRawText())!.AsObject();
        payload["exp"] = CertificateTestData.ExpiresAt.AddYears(50).ToUnixTimeSeconds();
        payload["validUntil"] = "2077-03-14T09:26:53Z";

        var result = CertificateVerifier.Verify(CertificateTestData.WithPayload(_certificate.Credential, payload.ToJsonString()), _issuer.PublicKey, s_during);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.BadSignature));
    }

    [Test]
    public void Another_key_is_invalid_with_its_reason()
    {
        using var otherData = new TempDirectory();
        using var other = IssuerKey.LoadOrCreate(otherData.Path);

        var result = CertificateVerifier.Verify(_certificate.Credential, other.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.WrongKey));
        Assert.That(result.Reason, Does.StartWith("signed by another key").And.Contain(_issuer.PublicKey.KeyId).And.Contain(other.KeyId));
    }

    [Test]
    public void Another_key_claiming_our_kid_is_a_bad_signature()
    {
        using var otherData = new TempDirectory();
        using var other = IssuerKey.LoadOrCreate(otherData.Path);
        var payload = CertificateTestData.Payload(_certificate.Credential).GetRawText();
        var forged = CertificateTestData.Sign(other, payload, kid: _issuer.PublicKey.KeyUri);

        var result = CertificateVerifier.Verify(forged, _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.BadSignature));
    }

    [Test]
    public void Expired_certificate_is_invalid_with_the_date()
    {
        var result = CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, CertificateTestData.ExpiresAt.AddSeconds(1));

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.Expired));
        Assert.That(result.Reason, Is.EqualTo("expired on 2027-03-14T09:26:53Z"));
        Assert.That(result.Trainee, Is.EqualTo("t-0042"), "a signed but expired certificate still says whose it is");
    }

    [Test]
    public void Validity_bounds_are_inclusive_then_exclusive()
    {
        Assert.That(CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, CertificateTestData.IssuedAt).Valid, Is.True);
        Assert.That(CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, CertificateTestData.ExpiresAt.AddTicks(-1)).Valid, Is.True);
        Assert.That(CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, CertificateTestData.ExpiresAt).Failure, Is.EqualTo(CertificateFailure.Expired));
    }

    [Test]
    public void Not_yet_valid_certificate_is_invalid_with_the_date()
    {
        var result = CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, CertificateTestData.IssuedAt.AddSeconds(-1));

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.NotYetValid));
        Assert.That(result.Reason, Is.EqualTo("not yet valid: valid from 2025-03-14T09:26:53Z"));
    }

    [Test]
    public void Certificate_without_validity_never_expires()
    {
        var forever = _issuer.Issue(CertificateTestData.Request(expires: false));
        var payload = CertificateTestData.Payload(forever.Credential);

        var result = CertificateVerifier.Verify(forever.Credential, _issuer.PublicKey, DateTimeOffset.MaxValue);

        Assert.That(result.Valid, Is.True, result.Reason);
        Assert.That(result.ExpiresAt, Is.Null);
        Assert.That(forever.ExpiresAt, Is.Null);
        Assert.That(payload.TryGetProperty("exp", out _) || payload.TryGetProperty("validUntil", out _), Is.False);
    }

    [Test]
    public void Recertification_issues_a_new_credential()
    {
        var renewed = _issuer.Issue(CertificateTestData.Request() with
        {
            IssuedAt = CertificateTestData.ExpiresAt.AddDays(1),
            ExpiresAt = CertificateTestData.ExpiresAt.AddYears(2),
        });

        Assert.That(renewed.Id, Is.Not.EqualTo(_certificate.Id).And.StartsWith("urn:uuid:"));
        var later = CertificateTestData.ExpiresAt.AddDays(10);
        Assert.That(CertificateVerifier.Verify(_certificate.Credential, _issuer.PublicKey, later).Failure, Is.EqualTo(CertificateFailure.Expired));
        Assert.That(CertificateVerifier.Verify(renewed.Credential, _issuer.PublicKey, later).Valid, Is.True);
    }

    [Test]
    public void Issue_truncates_to_seconds_and_refuses_an_empty_period()
    {
        var fractional = CertificateTestData.Request() with { IssuedAt = CertificateTestData.IssuedAt.AddMilliseconds(750) };
        var issued = _issuer.Issue(fractional);

        Assert.That(issued.IssuedAt, Is.EqualTo(CertificateTestData.IssuedAt));
        Assert.That(() => _issuer.Issue(CertificateTestData.Request(expiresAt: CertificateTestData.IssuedAt)), Throws.ArgumentException);
    }

    [TestCase("jti", "urn:uuid:00000000-0000-4000-8000-000000000000", "jti is")]
    [TestCase("iss", "https://elsewhere.example", "iss is")]
    [TestCase("sub", "urn:uuid:00000000-0000-4000-8000-000000000001", "sub is")]
    [TestCase("nbf", 1, "nbf is")]
    [TestCase("exp", 4102444800L, "exp is")]
    public void Claims_that_disagree_with_the_credential_are_inconsistent(string claim, object value, string expected)
    {
        using var key = IssuerKey.LoadOrCreate(_data.Path);
        var payload = JsonNode.Parse(CertificateTestData.Payload(_certificate.Credential).GetRawText())!.AsObject();
        payload[claim] = JsonValue.Create(value);

        var result = CertificateVerifier.Verify(CertificateTestData.Sign(key, payload.ToJsonString()), _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.Inconsistent));
        Assert.That(result.Reason, Does.StartWith("claims inconsistent with the credential: " + expected));
    }

    [Test]
    public void Missing_exp_for_a_credential_with_validUntil_is_inconsistent()
    {
        using var key = IssuerKey.LoadOrCreate(_data.Path);
        var payload = JsonNode.Parse(CertificateTestData.Payload(_certificate.Credential).GetRawText())!.AsObject();
        payload.Remove("exp");

        var result = CertificateVerifier.Verify(CertificateTestData.Sign(key, payload.ToJsonString()), _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.Inconsistent));
        Assert.That(result.Reason, Does.Contain("exp claim is missing"));
    }

    [Test]
    public void Signed_json_that_is_not_an_open_badge_is_refused()
    {
        using var key = IssuerKey.LoadOrCreate(_data.Path);
        var payload = JsonNode.Parse(CertificateTestData.Payload(_certificate.Credential).GetRawText())!.AsObject();
        payload["type"] = new JsonArray("VerifiableCredential");

        var result = CertificateVerifier.Verify(CertificateTestData.Sign(key, payload.ToJsonString()), _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.NotOpenBadge));
        Assert.That(result.Reason, Does.StartWith("not an OpenBadgeCredential"));
    }

    [TestCase("""{"alg":"none","typ":"JWT"}""", CertificateFailure.UnsupportedAlgorithm)]
    [TestCase("""{"alg":"HS256","typ":"JWT"}""", CertificateFailure.UnsupportedAlgorithm)]
    [TestCase("""{"alg":"ES256","crit":["b64"],"b64":false}""", CertificateFailure.UnsupportedAlgorithm)]
    [TestCase("""{"alg":"ES256","typ":"JOSE"}""", CertificateFailure.Malformed)]
    [TestCase("""["ES256"]""", CertificateFailure.Malformed)]
    [TestCase("""{"alg":"ES256","kid":42}""", CertificateFailure.WrongKey)]
    [TestCase("""{"alg":"ES256","jwk":{"kty":"EC"}}""", CertificateFailure.Malformed)]
    public void Hostile_headers_are_refused(string header, CertificateFailure expected)
    {
        var parts = _certificate.Credential.Split('.');
        var forged = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header)) + "." + parts[1] + "." + parts[2];

        var result = CertificateVerifier.Verify(forged, _issuer.PublicKey, s_during);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Failure, Is.EqualTo(expected), result.Reason);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("not a jwt")]
    [TestCase("a.b")]
    [TestCase("a.b.c.d.e")]
    [TestCase("...")]
    [TestCase("e30.e30.")]
    [TestCase("e30=.e30.AAAA")]
    [TestCase("eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.AAAA")]
    [TestCase("eyJhbGciOiJFUzI1NiJ9.W1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tbW1tb.AAAA")]
    [TestCase("{\"vc\":{}}")]
    [TestCase("\u0000\u0001.\uFFFF.\uD800")]
    public void Garbage_is_invalid_without_an_exception(string? input)
    {
        var result = CertificateVerifier.Verify(input, _issuer.PublicKey, s_during);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Reason, Is.Not.Empty);
    }

    [Test]
    public void Oversized_input_is_refused_early()
    {
        var result = CertificateVerifier.Verify(new string('A', CertificateVerifier.MaxLength + 1), _issuer.PublicKey, s_during);

        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.Malformed));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Any_string_is_a_result_never_an_exception(string input) =>
        !CertificateVerifier.Verify(input, _issuer.PublicKey, s_during).Valid;

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool Any_three_parts_are_a_result_never_an_exception(byte[] header, byte[] payload, byte[] signature) =>
        !CertificateVerifier.Verify(
            string.Join('.', System.Buffers.Text.Base64Url.EncodeToString(header ?? []), System.Buffers.Text.Base64Url.EncodeToString(payload ?? []), System.Buffers.Text.Base64Url.EncodeToString(signature ?? [])),
            _issuer.PublicKey,
            s_during).Valid;
}
