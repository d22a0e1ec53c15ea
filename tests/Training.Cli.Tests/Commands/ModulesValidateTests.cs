using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class ModulesValidateTests
{
    [Test]
    public void A_valid_module_exits_zero()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "validate", TestModules.Basics);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.StdOut, Does.Contain("tests.basics 1.2.0: valid"));
    }

    [Test]
    public void An_invalid_module_exits_one_with_compiler_style_lines()
    {
        using var data = new TempDirectory();
        var module = Path.Combine(TestModules.Broken, "unknown-field");

        var result = TrainingCli.RunIn(module, data.Path, "modules", "validate", ".");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdOut, Does.StartWith("module.yaml:4:1: error TRN"));
        Assert.That(result.StdOut, Does.Contain("'titel'").And.Contain("'title'"));
    }

    [Test]
    public void Json_has_valid_and_positioned_diagnostics()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "validate", Path.Combine(TestModules.Broken, "bad-gift"), "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.That(json.RootElement.GetProperty("valid").GetBoolean(), Is.False);
        var error = json.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.That(error.GetProperty("code").GetString(), Does.Match("^TRN0[4-6][0-9]$"));
        Assert.That(error.GetProperty("file").GetString(), Does.EndWith(Path.Combine("quizzes", "final.gift")));
        Assert.That(error.GetProperty("line").GetInt32(), Is.EqualTo(5));
        Assert.That(error.GetProperty("column").GetInt32(), Is.GreaterThan(0));
        Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public void A_missing_path_is_an_error_on_stderr()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "validate", Path.Combine(data.Path, "nothing-here"));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdErr, Does.StartWith("error: "));
        Assert.That(result.StdOut, Is.Empty);
    }
}
