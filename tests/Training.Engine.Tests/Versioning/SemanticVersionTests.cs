using Training.Engine.Versioning;

namespace Training.Engine.Tests.Versioning;

public sealed class SemanticVersionTests
{
    [TestCase("1.0.0")]
    [TestCase("1.2.3")]
    [TestCase("10.20.30")]
    [TestCase("2.0.0-beta.1")]
    [TestCase("1.0.0+build.5")]
    public void Parses_strict_versions(string text) =>
        Assert.That(SemanticVersion.Parse(text).ToString(), Is.EqualTo(text));

    [TestCase("1.0")]
    [TestCase("1")]
    [TestCase("v1.0.0")]
    [TestCase("01.0.0")]
    [TestCase("1.0.0.0")]
    [TestCase(" 1.0.0")]
    [TestCase("")]
    [TestCase("1.0.0-")]
    [TestCase("latest")]
    public void Rejects_loose_versions(string text) =>
        Assert.That(SemanticVersion.TryParse(text, out _), Is.False);

    [Test]
    public void Rejects_null_and_huge_input()
    {
        Assert.That(SemanticVersion.TryParse(null, out _), Is.False);
        Assert.That(SemanticVersion.TryParse("1.0.0-" + new string('a', 10_000), out _), Is.False);
    }

    [Test]
    public void Orders_by_precedence()
    {
        Assert.That(SemanticVersion.Parse("1.0.0-alpha") < SemanticVersion.Parse("1.0.0"), Is.True);
        Assert.That(SemanticVersion.Parse("1.10.0") > SemanticVersion.Parse("1.9.0"), Is.True);
        Assert.That(SemanticVersion.Parse("2.0.0") >= SemanticVersion.Parse("2.0.0"), Is.True);
        Assert.That(SemanticVersion.Parse("1.2.3"), Is.EqualTo(SemanticVersion.Parse(" 1.2.3".Trim())));
        Assert.That(SemanticVersion.Parse("1.2.3").Major, Is.EqualTo(new System.Numerics.BigInteger(1)));
    }

    [Test]
    public void Parse_throws_a_format_exception() =>
        Assert.That(() => SemanticVersion.Parse("1.0"), Throws.TypeOf<FormatException>());
}
