using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Reports;

/// <summary>
/// A small cohort built through the real command on tests.track (tests.basics: lesson welcome, quiz
/// check): ann completed it, bob read the lesson, and a trainee whose name is a script did nothing.
/// </summary>
internal static class CohortScenario
{
    public const string ScriptName = "Eve <script>alert(1)</script> & Co";

    public static void Build(TempDirectory data, TempDirectory work, string deadline = "2099-12-31")
    {
        var good = TestModules.Good;
        Ok(TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--title", "Spring <b>2026</b>", "--deadline", deadline, "--modules", good));
        var roster = work.Write("roster.csv", $"id,name,email\nann,Ann Archer,ann@example.org\nbob,Bob Baker,\neve,\"{ScriptName}\",eve@example.org\n");
        Ok(TrainingCli.Run(data.Path, "cohorts", "import", "spring", roster, "--modules", good));
        Ok(TrainingCli.Run(data.Path, "lesson", "complete", "ann", "tests.basics/welcome", "--modules", good));
        var sheet = work.Write("answers.json", """{ "capital": "Bordeaux", "true-statement": true }""");
        Ok(TrainingCli.Run(data.Path, "quiz", "take", "ann", "tests.basics/check", "--answers", sheet, "--modules", good));
        Ok(TrainingCli.Run(data.Path, "lesson", "complete", "bob", "tests.basics/welcome", "--modules", good));
    }

    public static CliResult Ok(CliResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result;
    }
}
