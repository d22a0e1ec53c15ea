using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class ModulesListTests
{
    [Test]
    public void Json_lists_the_shipped_code_plugin_as_loaded()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "list", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var ordering = json.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "samples.ordering");
        Assert.That(ordering.GetProperty("kind").GetString(), Is.EqualTo("code"));
        Assert.That(ordering.GetProperty("status").GetString(), Is.EqualTo("loaded"));
        Assert.That(ordering.GetProperty("lessons").GetInt32(), Is.EqualTo(1));
        Assert.That(ordering.GetProperty("quizzes").GetInt32(), Is.EqualTo(1));
        Assert.That(ordering.GetProperty("version").GetString(), Is.EqualTo("1.0.0"));
        Assert.That(ordering.GetProperty("diagnostics").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Title_follows_the_chosen_language()
    {
        using var data = new TempDirectory();

        var french = TrainingCli.Run(data.Path, "modules", "list", "--json", "--modules", TestModules.Good);
        var english = TrainingCli.Run(data.Path, "modules", "list", "--json", "--lang", "en", "--modules", TestModules.Good);

        Assert.That(Title(french, "tests.basics"), Is.EqualTo("Les bases"));
        Assert.That(Title(english, "tests.basics"), Is.EqualTo("The basics"));
    }

    [Test]
    public void Broken_modules_are_reported_and_the_good_ones_still_load()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "list", "--json", "--modules", TestModules.Good, "--modules", TestModules.Broken);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var modules = json.RootElement.GetProperty("modules").EnumerateArray().ToList();
        var failed = modules.Where(m => m.GetProperty("status").GetString() == "failed").ToList();
        Assert.That(failed, Has.Count.GreaterThanOrEqualTo(12), result.StdOut);
        Assert.That(failed.All(m => m.GetProperty("diagnostics").GetArrayLength() > 0), Is.True);
        var loaded = modules.Where(m => m.GetProperty("status").GetString() == "loaded").Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.That(loaded, Does.Contain("tests.basics").And.Contain("samples.ordering"));
    }

    [Test]
    public void Text_output_prints_a_table_and_the_diagnostics()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "list", "--modules", TestModules.Broken);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("samples.ordering").And.Contain("loaded").And.Contain("failed"));
        Assert.That(result.StdOut, Does.Match(@"module\.yaml:\d+:\d+: error TRN0\d\d: "));
    }

    private static string? Title(CliResult result, string id)
    {
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id).GetProperty("title").GetString();
    }
}
