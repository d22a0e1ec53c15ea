using System.Reflection;
using Training.Engine.Diagnostics;
using Training.TestSupport;

namespace Training.Conventions.Tests;

/// <summary>Diagnostic codes are a public contract: unique, well-formed, and documented.</summary>
public sealed class DiagnosticCodeTests
{
    private static IReadOnlyList<(string Name, string Code)> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .ToList();

    [Test]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = Codes();

        Assert.That(codes, Is.Not.Empty);
        Assert.That(codes.Select(c => c.Code), Is.Unique);
        Assert.That(codes.Select(c => c.Code), Is.All.Match("^TRN0[0-9]{2}$"));
    }

    [Test]
    public void Every_code_is_documented()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        var missing = Codes().Where(c => !doc.Contains($"| {c.Code} | {c.Name} |", StringComparison.Ordinal)).ToList();

        Assert.That(missing, Is.Empty, "add these rows to docs/diagnostics.md");
    }
}
