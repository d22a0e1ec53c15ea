using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Test]
    public void An_unknown_command_is_a_usage_error()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "frobnicate");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StdErr, Does.Contain("error:"));
    }

    [Test]
    public void A_bad_language_is_a_usage_error()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "list", "--lang", "de");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
    }

    [Test]
    public void An_unknown_module_is_one_line_on_stderr_without_stack_trace()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "modules", "show", "nowhere.module");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("Unknown module 'nowhere.module'").And.Not.Contain("   at "));
    }

    [Test]
    public void Help_exits_zero()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "--help");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.StdOut, Does.Contain("modules").And.Contain("--data"));
    }
}
