using Training.Engine.Diagnostics;

namespace Training.Engine.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Test]
    public void Formats_like_a_compiler_line()
    {
        var diagnostic = Diagnostic.Error("TRN002", "Unknown field 'titel'.", new SourceLocation("module.yaml", 3, 1), "Did you mean 'title'?");

        Assert.That(diagnostic.ToString(), Is.EqualTo("module.yaml:3:1: error TRN002: Unknown field 'titel'. Did you mean 'title'?"));
    }

    [Test]
    public void Omits_the_location_when_there_is_none()
    {
        var diagnostic = Diagnostic.Warning("TRN050", "Position id.");

        Assert.That(diagnostic.ToString(), Is.EqualTo("warning TRN050: Position id."));
    }
}
