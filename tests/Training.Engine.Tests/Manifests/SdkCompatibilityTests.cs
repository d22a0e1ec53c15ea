using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.Engine.Versioning;

namespace Training.Engine.Tests.Manifests;

public sealed class SdkCompatibilityTests
{
    [TestCase("^1.0")]
    [TestCase("'>=1.0.0 <2.0.0'")]
    [TestCase("1.x")]
    [TestCase("'*'")]
    public void Accepts_a_range_that_admits_the_host(string range) =>
        Assert.That(SdkCompatibility.Check(Read(range)), Is.Null);

    [Test]
    public void Reports_a_range_that_excludes_the_host()
    {
        var diagnostic = SdkCompatibility.Check(Read("^2.0"));

        Assert.That(diagnostic!.Code, Is.EqualTo(DiagnosticCodes.SdkIncompatible));
        Assert.That(diagnostic.Message, Is.EqualTo("Module 'bretagne.e-reputation' needs SDK ^2.0 but this host has 1.0.0."));
        Assert.That(diagnostic.Location, Is.EqualTo(new SourceLocation("module.yaml", 3, 6)));
        Assert.That(diagnostic.Hint, Does.Contain("SDK 1.0.0"));
    }

    [Test]
    public void Checks_against_a_given_host_version() =>
        Assert.That(SdkCompatibility.Check(Read("^2.0"), SemanticVersion.Parse("2.3.1")), Is.Null);

    private static ModuleManifest Read(string range) =>
        ManifestReader.Parse($"id: bretagne.e-reputation\nversion: 1.0.0\nsdk: {range}\ntitle: T\nlessons: []\n", "module.yaml").Manifest!;
}
