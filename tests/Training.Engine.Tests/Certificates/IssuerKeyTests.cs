using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Training.Engine.Certificates;
using Training.TestSupport;

namespace Training.Engine.Tests.Certificates;

public sealed class IssuerKeyTests
{
    [Test]
    public void Key_is_generated_once_and_reused()
    {
        using var data = new TempDirectory();

        string first;
        using (var key = IssuerKey.LoadOrCreate(data.Path))
        {
            first = key.KeyId;
        }

        using var again = IssuerKey.LoadOrCreate(data.Path);

        Assert.That(again.KeyId, Is.EqualTo(first));
        Assert.That(again.Path, Is.EqualTo(Path.Combine(data.Path, "keys", "issuer-key.pem")));
        Assert.That(Directory.GetFiles(Path.Combine(data.Path, "keys")), Has.Length.EqualTo(1), "no temporary file is left behind");
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void Key_file_is_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes only.");
        }

        using var data = new TempDirectory();
        using var key = IssuerKey.LoadOrCreate(data.Path);

        Assert.That(File.GetUnixFileMode(key.Path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.That(File.GetUnixFileMode(Path.GetDirectoryName(key.Path)!), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    [Test]
    [UnsupportedOSPlatform("windows")]
    public void A_widened_mode_is_tightened_on_load()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes only.");
        }

        using var data = new TempDirectory();
        IssuerKey.LoadOrCreate(data.Path).Dispose();
        var path = IssuerKey.PathIn(data.Path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        IssuerKey.LoadOrCreate(data.Path).Dispose();

        Assert.That(File.GetUnixFileMode(path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Test]
    public void Concurrent_first_use_yields_one_key()
    {
        using var data = new TempDirectory();

        var ids = new string[16];
        Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var key = IssuerKey.LoadOrCreate(data.Path);
            ids[i] = key.KeyId;
        });

        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Assert.That(Directory.GetFiles(Path.Combine(data.Path, "keys")), Has.Length.EqualTo(1));
    }

    [Test]
    public void An_empty_key_file_left_by_an_interrupted_first_use_is_explained_and_kept()
    {
        using var data = new TempDirectory();
        var path = IssuerKey.PathIn(data.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);

        var error = Assert.Throws<InvalidDataException>(() => IssuerKey.LoadOrCreate(data.Path))!;

        Assert.That(error.Message, Does.Contain(path).And.Contain("is empty").And.Contain("Delete the file"));
        Assert.That(File.ReadAllText(path), Is.Empty, "the file is left for the operator to look at, not replaced behind their back");

        File.Delete(path);
        using var key = IssuerKey.LoadOrCreate(data.Path);
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(0), "following the message's advice works");
    }

    [Test]
    public void Public_key_round_trips_through_jwk_and_pem_files()
    {
        using var data = new TempDirectory();
        using var key = IssuerKey.LoadOrCreate(data.Path);
        var jwkPath = Path.Combine(data.Path, "issuer.jwk");
        var pemPath = Path.Combine(data.Path, "issuer.pem");

        key.PublicKey.Export(jwkPath);
        key.PublicKey.Export(pemPath);
        using var fromJwk = IssuerPublicKey.Load(jwkPath);
        using var fromPem = IssuerPublicKey.Load(pemPath);

        Assert.That(fromJwk.KeyId, Is.EqualTo(key.KeyId));
        Assert.That(fromPem.KeyId, Is.EqualTo(key.KeyId));
        Assert.That(File.ReadAllText(jwkPath), Does.Not.Contain("\"d\""), "the exported JWK never holds the private key");
        Assert.That(File.ReadAllText(pemPath), Does.StartWith("-----BEGIN PUBLIC KEY-----"));
    }

    [Test]
    public void Key_id_is_the_rfc7638_thumbprint()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var ours = IssuerPublicKey.FromECDsa(ecdsa);

        // Computed independently by the token library.
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ecdsa));
        var expected = Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());

        Assert.That(ours.KeyId, Is.EqualTo(expected));
        Assert.That(ours.KeyUri, Is.EqualTo("urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + expected));
    }

    [Test]
    public void Finding_the_public_key_never_creates_one()
    {
        using var data = new TempDirectory();

        Assert.That(IssuerKey.FindPublicKey(data.Path), Is.Null);
        Assert.That(Directory.Exists(Path.Combine(data.Path, "keys")), Is.False);

        using var key = IssuerKey.LoadOrCreate(data.Path);
        using var found = IssuerKey.FindPublicKey(data.Path);
        Assert.That(found!.KeyId, Is.EqualTo(key.KeyId));
    }

    [TestCase("")]
    [TestCase("{}")]
    [TestCase("""{"kty":"RSA","n":"AQAB","e":"AQAB"}""")]
    [TestCase("""{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}""")]
    [TestCase("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    [TestCase("{not json")]
    public void Bad_public_keys_are_a_format_error(string text)
    {
        Assert.That(() => IssuerPublicKey.Parse(text), Throws.InstanceOf<FormatException>());
    }

    [Test]
    public void A_point_off_the_curve_is_refused()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var key = IssuerPublicKey.FromECDsa(ecdsa);
        var y = ecdsa.ExportParameters(false).Q.Y!;
        y[^1] ^= 1;
        var jwk = key.ToJwk().Replace(System.Buffers.Text.Base64Url.EncodeToString(ecdsa.ExportParameters(false).Q.Y), System.Buffers.Text.Base64Url.EncodeToString(y), StringComparison.Ordinal);

        Assert.That(() => IssuerPublicKey.Parse(jwk), Throws.InstanceOf<FormatException>());
    }
}
