using System.Text.Json;
using System.Text.Json.Nodes;
using Training.Engine.Certificates;
using Training.TestSupport;

namespace Training.Engine.Tests.Certificates;

/// <summary>What we issue is an Open Badges 3.0 credential by the official JSON schema.</summary>
public sealed class CredentialSchemaTests
{
    private static readonly string[] s_jwtClaims = ["iss", "jti", "sub", "nbf", "exp"];

    [TestCase(true)]
    [TestCase(false)]
    public void Issued_credential_validates_against_the_ob3_schema(bool expires)
    {
        using var data = new TempDirectory();
        using var issuer = CertificateIssuer.Open(data.Path);

        var jwt = issuer.Issue(CertificateTestData.Request(expires: expires)).Credential;
        var credential = JsonNode.Parse(CertificateTestData.Payload(jwt).GetRawText())!.AsObject();
        foreach (var claim in s_jwtClaims)
        {
            credential.Remove(claim);
        }

        var results = OpenBadgeSchema.Evaluate(JsonSerializer.SerializeToElement(credential));

        Assert.That(results.IsValid, Is.True, OpenBadgeSchema.Describe(results));
    }

    [Test]
    public void Whole_jwt_payload_also_validates()
    {
        // The schema allows extra members, so the payload with its JWT claims is itself a credential.
        using var data = new TempDirectory();
        using var issuer = CertificateIssuer.Open(data.Path, new CertificateIssuerOptions { IssuerId = "https://training.example.org/issuer", IssuerUrl = "https://training.example.org", Language = "en" });

        var payload = CertificateTestData.Payload(issuer.Issue(CertificateTestData.Request()).Credential);
        var results = OpenBadgeSchema.Evaluate(payload);

        Assert.That(results.IsValid, Is.True, OpenBadgeSchema.Describe(results));
    }

    [Test]
    public void Schema_harness_agrees_with_the_corpus_index()
    {
        // The corpus records which examples its own validator (python jsonschema) accepted; ours must
        // reach the same verdicts, or a green result above would mean little.
        var index = RepositoryPaths.RequireShared(OpenBadgeSchema.Corpus + "/examples_index.json");
        using var document = JsonDocument.Parse(File.ReadAllText(index));
        var checkedCount = 0;
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            if (!entry.TryGetProperty("schemaValidation", out var validation)
                || validation.ValueKind != JsonValueKind.Object
                || validation.GetProperty("schema").GetString() != "schema/achievementcredential.json")
            {
                continue;
            }

            var file = Path.Combine(Path.GetDirectoryName(index)!, entry.GetProperty("file").GetString()!);
            using var example = JsonDocument.Parse(File.ReadAllText(file));
            var results = OpenBadgeSchema.Evaluate(example.RootElement);

            Assert.That(results.IsValid, Is.EqualTo(validation.GetProperty("valid").GetBoolean()), file + "\n" + OpenBadgeSchema.Describe(results));
            checkedCount++;
        }

        Assert.That(checkedCount, Is.GreaterThan(10));
    }

    [Test]
    public void A_credential_without_issuer_is_rejected_by_the_schema()
    {
        using var data = new TempDirectory();
        using var issuer = CertificateIssuer.Open(data.Path);
        var credential = JsonNode.Parse(CertificateTestData.Payload(issuer.Issue(CertificateTestData.Request()).Credential).GetRawText())!.AsObject();
        credential.Remove("issuer");

        Assert.That(OpenBadgeSchema.Evaluate(JsonSerializer.SerializeToElement(credential)).IsValid, Is.False);
    }
}
