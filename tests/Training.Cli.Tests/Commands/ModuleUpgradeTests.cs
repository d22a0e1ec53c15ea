using System.Text.Json;
using Training.Cli.Tests.Reliability;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>
/// A region publishes a new version of a module a trainee already worked on: the install states
/// what changes, keeps every event, keeps progress on unchanged ids, and completion is sticky
/// unless a breaking change is applied by a coordinator.
/// </summary>
public sealed class ModuleUpgradeTests
{
    // rec.advanced defines the track rec.solo (made of rec.basics alone), so progress lists rec.basics.
    private static string Common => Path.Combine(RepositoryPaths.Root, "tests", "modules", "records", "common");

    private static string Version(string v) => Path.Combine(RepositoryPaths.Root, "tests", "modules", "records", v, "basics");

    [Test]
    public void Upgrade_keeps_progress_on_unchanged_lessons_and_every_event()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        Install(data, work, "v1");
        TrainingCli.Run(data.Path, "trainees", "add", "jane", "--name", "Jane Doe");
        Assert.That(TrainingCli.Run(data.Path, "enroll", "jane", "rec.solo", "--modules", Common).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "lesson", "complete", "jane", "rec.basics/intro").ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "lesson", "complete", "jane", "rec.basics/details").ExitCode, Is.Zero);

        var dryRun = TrainingCli.Run(data.Path, "modules", "install", Pack(data, work, "v2"), "--dry-run");

        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
        Assert.That(dryRun.StdOut, Does.Contain("1 trainee(s) have progress"));
        Assert.That(dryRun.StdOut, Does.Contain("removed (no longer counted, history kept): details"));
        Assert.That(dryRun.StdOut, Does.Contain("Lesson progress kept: 1; no longer counted: 1"));
        Assert.That(InstalledVersion(data), Is.EqualTo("1.0.0"), "a dry run changes nothing");

        var installed = TrainingCli.Run(data.Path, "modules", "install", Pack(data, work, "v2"));
        Assert.That(installed.ExitCode, Is.Zero, installed.ToString());
        Assert.That(InstalledVersion(data), Is.EqualTo("1.1.0"));

        using var progress = JsonDocument.Parse(TrainingCli.Run(data.Path, "progress", "jane", "--json", "--modules", Common).StdOut);
        var module = progress.RootElement.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "rec.basics");
        Assert.That(module.GetProperty("version").GetString(), Is.EqualTo("1.1.0"));
        Assert.That(module.GetProperty("lessonsCompleted").GetInt32(), Is.EqualTo(1), "intro kept its progress; details was removed");
        Assert.That(module.GetProperty("lessonsTotal").GetInt32(), Is.EqualTo(2), "intro and the new extra");
        Assert.That(RecordsDatabase.CountEvents(data.Path, "lesson-completed"), Is.EqualTo(2), "no event is ever deleted");
    }

    [Test]
    public void Completion_is_sticky_until_a_breaking_change_is_applied()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        Install(data, work, "v1");
        TrainingCli.Run(data.Path, "trainees", "add", "jane", "--name", "Jane Doe");
        TrainingCli.Run(data.Path, "lesson", "complete", "jane", "rec.basics/intro");
        TrainingCli.Run(data.Path, "lesson", "complete", "jane", "rec.basics/details");
        Assert.That(TrainingCli.Run(data.Path, "quiz", "take", "jane", "rec.basics/check", "--answers", work.Write("check.json", """{ "t1": true, "t2": false }""")).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "quiz", "take", "jane", "rec.basics/timed", "--answers", work.Write("timed.json", """{ "t1": true }""")).ExitCode, Is.Zero);
        Assert.That(RecordsDatabase.CountEvents(data.Path, "module-completed"), Is.EqualTo(1));

        var upgrade = TrainingCli.Run(data.Path, "modules", "install", Pack(data, work, "v3"));
        Assert.That(upgrade.ExitCode, Is.Zero, upgrade.ToString());
        Assert.That(upgrade.StdOut, Does.Contain("breaking change").And.Contain("apply-breaking rec.basics"));
        Assert.That(ModuleCompleted(data), Is.True, "completion stays until a coordinator applies the breaking change");

        var refused = TrainingCli.Run(data.Path, "modules", "apply-breaking", "rec.basics");
        Assert.That(refused.ExitCode, Is.EqualTo(1), "needs --yes");
        var applied = TrainingCli.Run(data.Path, "modules", "apply-breaking", "rec.basics", "--yes");
        Assert.That(applied.ExitCode, Is.Zero, applied.ToString());
        Assert.That(ModuleCompleted(data), Is.False);
        Assert.That(RecordsDatabase.CountEvents(data.Path, "module-completed"), Is.EqualTo(1), "history is kept");
    }

    private static bool ModuleCompleted(TempDirectory data) =>
        RecordsDatabase.Scalar(data.Path, "SELECT completed FROM module_status WHERE trainee_id = 'jane' AND module_id = 'rec.basics'") is long completed && completed == 1;

    private static void Install(TempDirectory data, TempDirectory work, string version)
    {
        var result = TrainingCli.Run(data.Path, "modules", "install", Pack(data, work, version));
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
    }

    private static string Pack(TempDirectory data, TempDirectory work, string version)
    {
        var package = Path.Combine(work.Path, $"rec-basics-{version}.zip");
        if (!File.Exists(package))
        {
            var packed = TrainingCli.Run(data.Path, "modules", "pack", Version(version), "-o", package);
            Assert.That(packed.ExitCode, Is.Zero, packed.ToString());
        }

        return package;
    }

    private static string InstalledVersion(TempDirectory data)
    {
        using var json = JsonDocument.Parse(TrainingCli.Run(data.Path, "modules", "show", "rec.basics", "--json").StdOut);
        return json.RootElement.GetProperty("version").GetString()!;
    }
}
