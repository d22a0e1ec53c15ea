using System.Text.Json;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class ModulesNewTests
{
    [Test]
    public void A_scaffolded_content_pack_validates_as_is()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();

        var created = TrainingCli.RunIn(work.Path, data.Path, "modules", "new", "bretagne.e-reputation");
        var validated = TrainingCli.RunIn(work.Path, data.Path, "modules", "validate", "bretagne.e-reputation", "--json");

        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        Assert.That(File.Exists(Path.Combine(work.Path, "bretagne.e-reputation", "module.yaml")), Is.True);
        Assert.That(validated.ExitCode, Is.Zero, validated.ToString());
        using var json = JsonDocument.Parse(validated.StdOut);
        Assert.That(json.RootElement.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(json.RootElement.GetProperty("diagnostics").GetArrayLength(), Is.Zero, validated.StdOut);
    }

    [Test]
    public void An_invalid_id_is_refused()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();

        var result = TrainingCli.RunIn(work.Path, data.Path, "modules", "new", "Not An Id");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("not a valid module id"));
        Assert.That(Directory.EnumerateFileSystemEntries(work.Path), Is.Empty);
    }

    [Test]
    public void A_non_empty_target_folder_is_refused()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        work.Write("taken/keep.txt", "mine");

        var result = TrainingCli.RunIn(work.Path, data.Path, "modules", "new", "bretagne.test", "-o", "taken");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(work.Path, "taken", "keep.txt")), Is.EqualTo("mine"));
    }
}
