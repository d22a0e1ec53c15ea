using Training.Engine.Diagnostics;
using Training.Engine.Manifests;
using Training.TestSupport;

namespace Training.Engine.Tests.Manifests;

public sealed class HostilePathTests
{
    [TestCase("/etc/passwd")]
    [TestCase("~/secrets.md")]
    [TestCase("C:/Windows/win.ini")]
    [TestCase("../other-module/lesson.md")]
    [TestCase("lessons/../../escape.md")]
    [TestCase("lessons\\\\intro.md")]
    [TestCase("lessons/intro.md:stream")]
    [TestCase("\\\\\\\\server/share/x.md")]
    [TestCase("lessons/..")]
    [TestCase(".")]
    public void Rejects_paths_that_leave_the_module_folder(string path)
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + $"lessons:\n  - {{ id: intro, file: \"{path}\" }}\n");

        var diagnostic = ManifestTestKit.Single(result, DiagnosticCodes.UnsafePath);
        Assert.That(diagnostic.Location, Is.EqualTo(new SourceLocation("module.yaml", 6, 24)));
        Assert.That(result.Manifest!.Lessons, Is.Empty);
    }

    [TestCase("lessons/intro.md")]
    [TestCase("./lessons/intro.md")]
    [TestCase("lessons/draft/../intro.md")]
    public void Accepts_relative_paths_inside_the_folder(string path)
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + $"lessons:\n  - {{ id: intro, file: \"{path}\" }}\n");

        Assert.That(result.Diagnostics, Is.Empty, () => ManifestTestKit.Dump(result));
    }

    [Test]
    public void Rejects_an_absolute_assembly_path()
    {
        var result = ManifestTestKit.Parse(ManifestTestKit.Head + "assembly: /usr/lib/evil.dll\n");

        Assert.That(ManifestTestKit.Single(result, DiagnosticCodes.UnsafePath).Location, Is.EqualTo(new SourceLocation("module.yaml", 5, 11)));
    }

    [Test]
    public void Rejects_a_symbolic_link_that_points_outside_the_folder()
    {
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.md", "secret");
        using var folder = new TempDirectory();
        folder.Write("module.yaml", ManifestTestKit.Head + "lessons:\n  - { id: intro, file: lessons/intro.md }\n  - { id: linked, file: shared/secret.md }\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "lessons"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "lessons", "intro.md"), secret);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "shared"), outside.Path);

        var result = ManifestReader.Read(Path.Combine(folder.Path, "module.yaml"));

        var lines = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafePath).Select(d => d.Location!.Line);
        Assert.That(lines, Is.EqualTo(new[] { 6, 7 }), () => ManifestTestKit.Dump(result));
    }

    [Test]
    public void Accepts_a_symbolic_link_inside_the_folder()
    {
        using var folder = new TempDirectory();
        folder.Write("module.yaml", ManifestTestKit.Head + "lessons:\n  - { id: intro, file: lessons/intro.md }\n");
        var real = folder.Write("content/intro.md", "# Intro");
        Directory.CreateDirectory(Path.Combine(folder.Path, "lessons"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "lessons", "intro.md"), real);

        var result = ManifestReader.Read(Path.Combine(folder.Path, "module.yaml"));

        Assert.That(result.Diagnostics, Is.Empty, () => ManifestTestKit.Dump(result));
    }
}
