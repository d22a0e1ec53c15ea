using Training.Engine.Versioning;

namespace Training.Engine.Tests.Versioning;

public sealed class VersionRangeTests
{
    [TestCase("^1.0", "1.0.0", true)]
    [TestCase("^1.0", "1.9.9", true)]
    [TestCase("^1.0", "2.0.0", false)]
    [TestCase("^1.0", "0.9.0", false)]
    [TestCase("^0.2", "0.2.5", true)]
    [TestCase("^0.2", "0.3.0", false)]
    [TestCase("~1.2", "1.2.9", true)]
    [TestCase("~1.2", "1.3.0", false)]
    [TestCase(">=1.0.0 <2.0.0", "1.5.0", true)]
    [TestCase(">=1.0.0 <2.0.0", "2.0.0", false)]
    [TestCase("1.x", "1.4.2", true)]
    [TestCase("1.x", "2.0.0", false)]
    [TestCase("*", "0.0.1", true)]
    [TestCase("*", "99.0.0", true)]
    [TestCase("1.0.0 - 1.5.0", "1.5.0", true)]
    [TestCase("^1.0 || ^2.0", "2.1.0", true)]
    [TestCase(">=1.0.0", "1.0.0", true)]
    [TestCase("^1.0", "1.1.0-beta", false)]
    [TestCase("^1.1.0-beta", "1.1.0-beta.2", true)]
    public void Admits_versions_like_npm(string range, string version, bool expected) =>
        Assert.That(VersionRange.Parse(range).Contains(SemanticVersion.Parse(version)), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("banana")]
    [TestCase(">>1.0")]
    [TestCase("^1.0.0.0")]
    [TestCase("1.0.0 -")]
    public void Rejects_invalid_ranges(string text) =>
        Assert.That(VersionRange.TryParse(text, out _), Is.False);

    [Test]
    public void Keeps_the_text_as_written()
    {
        Assert.That(VersionRange.Parse(" ^1.0 ").ToString(), Is.EqualTo("^1.0"));
        Assert.That(VersionRange.Any.Contains(SemanticVersion.Parse("3.2.1")), Is.True);
    }

    [Test]
    public void Rejects_null_and_huge_input()
    {
        Assert.That(VersionRange.TryParse(null, out _), Is.False);
        Assert.That(VersionRange.TryParse(string.Join(" || ", Enumerable.Repeat("^1.0", 5000)), out _), Is.False);
    }
}
