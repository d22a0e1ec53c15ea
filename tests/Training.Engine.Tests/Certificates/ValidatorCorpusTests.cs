using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Engine.Certificates;
using Training.TestSupport;

namespace Training.Engine.Tests.Certificates;

/// <summary>
/// The 1EdTech validator's test credentials, replayed through our VC-JWT verifier: their content
/// (dates, types, a missing issuer) must lead to the outcome the validator's own tests expect.
/// Their proofs are Data Integrity or RS256 ones we do not verify, so each credential is re-wrapped
/// as a VC-JWT signed with a test key, claims taken from the credential as an issuer would.
/// </summary>
public sealed class ValidatorCorpusTests
{
    private const string Resources = "corpora/openbadges-v3-validator/inspector-vc/src/test/resources/ob30";

    // After the corpus's past dates, before its 2040 "not yet issued" case.
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private TempDirectory _data = null!;
    private IssuerKey _key = null!;

    [OneTimeSetUp]
    public void CreateKey()
    {
        _data = new TempDirectory();
        _key = IssuerKey.LoadOrCreate(_data.Path);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _key.Dispose();
        _data.Dispose();
    }

    [TestCase("testSimpleJsonValid", CertificateFailure.None)]
    [TestCase("testSimpleJsonExpired", CertificateFailure.Expired)]
    [TestCase("testSimpleJsonNotIssued", CertificateFailure.NotYetValid)]
    [TestCase("testSimpleJsonInvalidUnknownType", CertificateFailure.NotOpenBadge)]
    [TestCase("testSimpleJsonSchemaError", CertificateFailure.NotOpenBadge)]
    [TestCase("testSimpleJsonContextError", CertificateFailure.NotOpenBadge)]
    [TestCase("testSimpleJsonContextAlias", CertificateFailure.None)]
    public void Validator_case_gives_the_expected_outcome(string test, CertificateFailure expected)
    {
        var (path, outcome) = Case(test);
        var credential = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        credential.Remove("proof");
        var payload = credential.DeepClone().AsObject();
        AddClaims(payload, credential);

        var result = CertificateVerifier.Verify(CertificateTestData.Sign(_key, payload.ToJsonString()), _key.PublicKey, s_now);

        Assert.That(result.Valid, Is.EqualTo(outcome == "valid"), result.Reason);
        Assert.That(result.Failure, Is.EqualTo(expected), result.Reason);
    }

    [TestCase("simple.jwt")]
    [TestCase("velocity.jwt")]
    public void Corpus_jwts_are_refused_for_their_algorithm_without_an_exception(string file)
    {
        var jwt = File.ReadAllText(RepositoryPaths.RequireShared(Resources + "/" + file));

        var result = CertificateVerifier.Verify(jwt, _key.PublicKey, s_now);

        Assert.That(result.Valid, Is.False);
        Assert.That(result.Failure, Is.EqualTo(CertificateFailure.UnsupportedAlgorithm), result.Reason);
        Assert.That(result.Reason, Does.Contain("RS256"));
    }

    [TestCase("simple.jwt", "http://example.edu/credentials/3732")]
    [TestCase("velocity.jwt", "did:velocity:v2:0x4ade3a40a6092366765fa42a8247d07a6c3bdddd:89849842277648:6168:751347bfd23481074ad4aa6abe9152a3bda15292c8f6fea68a28c1fde065949c")]
    public void Corpus_jwt_claims_agree_with_their_vc_claim(string file, string id)
    {
        // These use the VC 1.1 encoding (a vc claim, issuanceDate): the claim rules must hold for them too.
        var jwt = File.ReadAllText(RepositoryPaths.RequireShared(Resources + "/" + file)).Trim();

        var read = CredentialClaims.Read(CertificateTestData.Payload(jwt));

        Assert.That(read.Valid, Is.True, read.Reason);
        Assert.That(read.CertificateId, Is.EqualTo(id));
    }

    private static (string Path, string Outcome) Case(string test)
    {
        var cases = RepositoryPaths.RequireShared("corpora/openbadges-v3-validator/ob30_cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(cases));
        var entry = document.RootElement.EnumerateArray().Single(c => c.GetProperty("test").GetString() == test);
        var relative = entry.GetProperty("samples")[0].GetProperty("path").GetString()!;
        return (Path.Combine(Path.GetDirectoryName(cases)!, relative), entry.GetProperty("expectedOutcome").GetString()!);
    }

    private static void AddClaims(JsonObject payload, JsonObject credential)
    {
        if (credential["issuer"] is JsonObject issuer)
        {
            payload["iss"] = issuer["id"]?.GetValue<string>();
        }

        payload["jti"] = credential["id"]?.GetValue<string>();
        if (credential["credentialSubject"]?["id"] is JsonValue subject)
        {
            payload["sub"] = subject.GetValue<string>();
        }

        if ((credential["validFrom"] ?? credential["issuanceDate"]) is JsonValue from)
        {
            payload["nbf"] = DateTimeOffset.Parse(from.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        }

        if (credential["validUntil"] is JsonValue until)
        {
            payload["exp"] = DateTimeOffset.Parse(until.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        }
    }
}
