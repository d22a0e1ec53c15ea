using Training.Engine.Diagnostics;
using Training.Engine.Manifests;

namespace Training.Engine.Tests.Manifests;

/// <summary>Shortcuts for manifest tests.</summary>
internal static class ManifestTestKit
{
    /// <summary>The four required fields, lines 1 to 4.</summary>
    public const string Head = "id: bretagne.e-reputation\nversion: 1.2.0\nsdk: ^1.0\ntitle: E-réputation\n";

    /// <summary>Validates text without a module folder (files are not checked for existence).</summary>
    public static ManifestReadResult Parse(string yaml) => ManifestReader.Parse(yaml, "module.yaml");

    /// <summary>The only diagnostic with this code; fails the test when there are none or several.</summary>
    public static Diagnostic Single(ManifestReadResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), () => "Diagnostics:\n" + string.Join("\n", result.Diagnostics));
        return matches[0];
    }

    /// <summary>The diagnostics, one per line, for failure messages.</summary>
    public static string Dump(ManifestReadResult result) => string.Join("\n", result.Diagnostics);
}
