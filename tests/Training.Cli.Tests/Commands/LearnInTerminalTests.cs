using System.Diagnostics;
using System.Text.RegularExpressions;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>
/// `training learn` is interactive: it runs here in a real pseudo-terminal (util-linux `script`),
/// answering its prompts as a trainee would type them.
/// </summary>
public sealed partial class LearnInTerminalTests
{
    private static string Terminal => Path.Combine(RepositoryPaths.Root, "tests", "modules", "terminal");

    [Test]
    public void Learn_takes_a_new_trainee_through_a_lesson_and_a_quiz_to_a_certificate()
    {
        if (!File.Exists("/usr/bin/script"))
        {
            Assert.Ignore("Skipped: util-linux 'script' is needed to give the command a terminal.");
        }

        using var data = new TempDirectory();
        var command = $"dotnet '{TrainingCli.DllPath}' --data '{data.Path}' --modules '{Terminal}' learn marie --name 'Marie Dupont' --track tests.first-steps";
        var start = new ProcessStartInfo("/usr/bin/script", ["-qfec", command, "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TERM"] = "xterm";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();

        // Mark the lesson complete, continue, start the quiz, answer both questions, stop.
        foreach (var keys in new[] { "y\r", "y\r", "y\r", "Bordeaux\r", "Vrai\r" })
        {
            Thread.Sleep(1500);
            process.StandardInput.Write(keys);
            process.StandardInput.Flush();
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
        }

        var screen = AnsiEscapes().Replace(output.Result, string.Empty);
        Assert.That(process.ExitCode, Is.Zero, screen);
        Assert.That(screen, Does.Contain("Bienvenue dans le module de test"));
        Assert.That(screen, Does.Contain("Score 2/2 (100 %): passed"));
        Assert.That(screen, Does.Contain("Certificat délivré"));
        Assert.That(screen, Does.Contain("Tout est terminé dans vos parcours"), "learn stops by itself when the track is done");

        var progress = TrainingCli.Run(data.Path, "progress", "marie", "--json", "--modules", Terminal);
        Assert.That(progress.StdOut, Does.Contain("\"completed\": true"));
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[a-zA-Z]")]
    private static partial Regex AnsiEscapes();
}
