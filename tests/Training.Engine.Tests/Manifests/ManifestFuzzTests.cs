using System.Text;
using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.TestSupport;

namespace Training.Engine.Tests.Manifests;

/// <summary>Hostile and mangled input must end in diagnostics, never in an exception.</summary>
public sealed class ManifestFuzzTests
{
    private const string Valid = """
        id: bretagne.e-reputation
        version: 1.2.0
        sdk: ^1.0
        title: { fr: E-réputation, en: Online reputation }
        authors: [Région Bretagne]
        requires:
          - { id: mopa.social-networks, version: ">=1.0.0" }
        prerequisites: [mopa.social-networks]
        lessons:
          - { id: why-reviews, file: lessons/why-reviews.md }
        quizzes:
          - { id: final, file: quizzes/final.gift, passMark: 80%, attempts: 3, grading: highest,
              shuffle: true, timeLimit: 20m, points: { q1: 2 } }
        tracks:
          - { id: bretagne.ant, title: ANT, modules: [bretagne.e-reputation], validity: P24M }
        """;

    private static readonly byte[] s_interesting = "{}[]:-,&*!|>'\"#%@`?\n\t \\"u8.ToArray();

    [Test]
    public void Never_throws_on_mutated_manifests()
    {
        var random = new Random(20240601);
        var original = Encoding.UTF8.GetBytes(Valid);
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "module.yaml");
        for (var round = 0; round < 3000; round++)
        {
            var bytes = Mutate(original, random);
            File.WriteAllBytes(path, bytes);

            ManifestReadResult? result = null;
            Assert.That(() => result = ManifestReader.Read(path), Throws.Nothing, () => "Input: " + Convert.ToBase64String(bytes));
            Assert.That(result!.Manifest is not null || result.HasErrors, Is.True, () => "No manifest and no error for: " + Convert.ToBase64String(bytes));
        }
    }

    [Test]
    public void Never_throws_on_truncated_manifests()
    {
        for (var length = 0; length <= Valid.Length; length++)
        {
            var text = Valid[..length];
            Assert.That(() => ManifestReader.Parse(text, "module.yaml"), Throws.Nothing, () => "Length " + length);
        }
    }

    [Test]
    public void Reports_the_yamldotnet_scanner_failure_as_a_syntax_error()
    {
        // YamlDotNet 18.1 throws InvalidOperationException here instead of a YamlException.
        var result = ManifestReader.Parse("a: [b  - { id: x }\nb: [c]\n", "module.yaml");

        var diagnostic = ManifestTestKit.Single(result, DiagnosticCodes.YamlSyntax);
        Assert.That(diagnostic.Message, Does.Contain("after this position"));
        Assert.That(diagnostic.Location!.Line, Is.EqualTo(1));
    }

    [Test]
    public void Rejects_a_billion_laughs_without_expanding_it()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        var result = ManifestReader.Parse(yaml.ToString(), "module.yaml");

        Assert.That(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.YamlAliasNotAllowed), Is.Not.Empty);
        Assert.That(result.Manifest, Is.Null);
    }

    [Test]
    public void Rejects_deep_nesting_without_recursing()
    {
        var yaml = "id: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = ManifestReader.Parse(yaml, "module.yaml");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.YamlSyntax).Message, Does.Contain("nested"));
    }

    [Test]
    public void Never_throws_on_random_bytes()
    {
        var random = new Random(7);
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "module.yaml");
        for (var round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            File.WriteAllBytes(path, bytes);

            Assert.That(() => ManifestReader.Read(path), Throws.Nothing, () => "Input: " + Convert.ToBase64String(bytes));
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = random.Next(1, 6);
        for (var edit = 0; edit < edits && bytes.Count > 0; edit++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, s_interesting[random.Next(s_interesting.Length)]); break;
                case 2: bytes[at] = s_interesting[random.Next(s_interesting.Length)]; break;
                case 3: bytes[at] = (byte)random.Next(256); break;
                default: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
            }
        }

        return [.. bytes];
    }
}
