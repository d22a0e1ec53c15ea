using System.Text;
using System.Text.Json;
using Training.Engine.Certificates;

namespace Training.Engine.Tests.Certificates;

public sealed class CertificateIdTests
{
    [Test]
    public void New_ids_are_urn_uuids_and_distinct()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => CertificateId.New()).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Is.All.Match("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    }

    [Test]
    public void Short_form_is_the_first_eight_hex_digits()
    {
        Assert.That(CertificateId.Short("urn:uuid:3f2a9c1e-0b4d-4e6f-8a7b-1c2d3e4f5a6b"), Is.EqualTo("3f2a9c1e"));
        Assert.That(CertificateId.Short("http://example.edu/credentials/3732"), Is.EqualTo("http://example.edu/credentials/3732"));
    }

    [TestCase("urn:uuid:3F2A9C1E-0B4D-4E6F-8A7B-1C2D3E4F5A6B", true)]
    [TestCase(" 3f2a9c1e-0b4d-4e6f-8a7b-1c2d3e4f5a6b ", true)]
    [TestCase("3f2a9c1e", false)]
    [TestCase("urn:uuid:{3f2a9c1e-0b4d-4e6f-8a7b-1c2d3e4f5a6b}", false)]
    [TestCase("", false)]
    public void Normalize_accepts_full_ids_only(string text, bool expected)
    {
        Assert.That(CertificateId.TryNormalize(text, out var id), Is.EqualTo(expected));
        if (expected)
        {
            Assert.That(id, Is.EqualTo("urn:uuid:3f2a9c1e-0b4d-4e6f-8a7b-1c2d3e4f5a6b"));
        }
    }

    [Test]
    public void Trainee_subject_id_is_a_stable_version_5_uuid()
    {
        // Pinned against Python's uuid.uuid5 with the same namespace and name.
        Assert.That(TraineeSubjectId.For("t-0042"), Is.EqualTo("urn:uuid:a02f3b08-de99-5eb9-b816-e01477d6f751"));
    }

    [Test]
    public void Did_jwk_carries_the_public_key_only()
    {
        using var ecdsa = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        using var key = IssuerPublicKey.FromECDsa(ecdsa);

        var json = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(key.DidJwk.AsSpan("did:jwk:".Length)));
        using var document = JsonDocument.Parse(json);

        Assert.That(document.RootElement.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "kty", "crv", "x", "y" }));
        using var back = IssuerPublicKey.Parse(json);
        Assert.That(back.KeyId, Is.EqualTo(key.KeyId));
    }
}
