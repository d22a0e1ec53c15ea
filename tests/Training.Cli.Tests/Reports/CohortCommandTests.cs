using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Reports;

/// <summary><c>training cohorts ...</c> and <c>training report cohort</c> through the real command.</summary>
public sealed class CohortCommandTests
{
    [Test]
    public void Cohorts_are_created_and_listed()
    {
        using var data = new TempDirectory();
        var good = TestModules.Good;

        var created = TrainingCli.Run(data.Path, "cohorts", "create", "Spring", "--track", "tests.track", "--title", "Printemps", "--deadline", "2026-06-30", "--modules", good);
        var again = TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--modules", good);
        var badTrack = TrainingCli.Run(data.Path, "cohorts", "create", "autumn", "--track", "nowhere", "--modules", good);
        var badDate = TrainingCli.Run(data.Path, "cohorts", "create", "autumn", "--track", "tests.track", "--deadline", "June", "--modules", good);
        var noTrack = TrainingCli.Run(data.Path, "cohorts", "create", "autumn", "--modules", good);
        var table = TrainingCli.Run(data.Path, "cohorts", "list", "--modules", good);
        var json = TrainingCli.Run(data.Path, "cohorts", "list", "--json", "--modules", good);

        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        Assert.That(created.StdOut, Does.Contain("Created cohort spring on track tests.track, deadline 2026-06-30."));
        Assert.That((again.ExitCode, badTrack.ExitCode, badDate.ExitCode, noTrack.ExitCode), Is.EqualTo((1, 1, 1, 2)));
        Assert.That(again.StdErr, Does.Contain("already exists"));
        Assert.That(badTrack.StdErr, Does.Contain("nowhere"));
        Assert.That(badDate.StdErr, Does.Contain("YYYY-MM-DD"));
        Assert.That(table.StdOut, Does.Contain("spring").And.Contain("Printemps").And.Contain("2026-06-30"));
        using var doc = JsonDocument.Parse(json.StdOut);
        var cohort = doc.RootElement.GetProperty("cohorts").EnumerateArray().Single();
        Assert.That(cohort.GetProperty("id").GetString(), Is.EqualTo("spring"));
        Assert.That(cohort.GetProperty("track").GetString(), Is.EqualTo("tests.track"));
        Assert.That(cohort.GetProperty("title").GetString(), Is.EqualTo("Printemps"));
        Assert.That(cohort.GetProperty("deadline").GetString(), Is.EqualTo("2026-06-30"));
        Assert.That(cohort.GetProperty("members").GetInt32(), Is.Zero);
    }

    [Test]
    public void Cohorts_add_enrols_existing_trainees()
    {
        using var data = new TempDirectory();
        var good = TestModules.Good;
        CohortScenario.Ok(TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--modules", good));
        CohortScenario.Ok(TrainingCli.Run(data.Path, "trainees", "add", "marie", "--name", "Marie", "--modules", good));
        CohortScenario.Ok(TrainingCli.Run(data.Path, "trainees", "add", "paul", "--name", "Paul", "--modules", good));

        var missing = TrainingCli.Run(data.Path, "cohorts", "add", "spring", "marie", "ghost", "--modules", good);
        var added = TrainingCli.Run(data.Path, "cohorts", "add", "spring", "marie", "paul", "--json", "--modules", good);
        var again = TrainingCli.Run(data.Path, "cohorts", "add", "spring", "marie", "--modules", good);
        var noCohort = TrainingCli.Run(data.Path, "cohorts", "add", "autumn", "marie", "--modules", good);
        var progress = TrainingCli.Run(data.Path, "progress", "paul", "--json", "--modules", good);

        Assert.That(missing.ExitCode, Is.EqualTo(1));
        Assert.That(missing.StdErr, Does.Contain("'ghost'").And.Contain("nothing was added"));
        Assert.That(added.ExitCode, Is.Zero, added.ToString());
        using var doc = JsonDocument.Parse(added.StdOut);
        Assert.That(doc.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "marie", "paul" }));
        Assert.That(doc.RootElement.GetProperty("enrolled").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "marie", "paul" }));
        Assert.That(again.StdOut, Does.Contain("0 added").And.Contain("already members (marie)"));
        Assert.That(noCohort.ExitCode, Is.EqualTo(1));
        Assert.That(progress.StdOut, Does.Contain("tests.track"));
    }

    [Test]
    public void Cohorts_import_refuses_a_bad_file_whole_naming_every_bad_line()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var good = TestModules.Good;
        CohortScenario.Ok(TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--modules", good));
        var bad = work.Write("bad.csv", "id,name,email\nok,Fine Person,\n,No Id,\nbad id,Bad,\nmail,Mail,not-a-mail\nok,Again,\n");

        var refused = TrainingCli.Run(data.Path, "cohorts", "import", "spring", bad, "--modules", good);
        var missingFile = TrainingCli.Run(data.Path, "cohorts", "import", "spring", Path.Combine(work.Path, "none.csv"), "--modules", good);
        var trainees = TrainingCli.Run(data.Path, "trainees", "list", "--json", "--modules", good);

        Assert.That(refused.ExitCode, Is.EqualTo(1));
        Assert.That(refused.StdErr.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line on stderr");
        Assert.That(refused.StdErr, Does.Contain("bad.csv was refused, nothing was imported")
            .And.Contain("line 3: missing id").And.Contain("line 4: invalid id 'bad id'")
            .And.Contain("line 5: invalid e-mail 'not-a-mail'").And.Contain("line 6: duplicate id 'ok' (first on line 2)"));
        Assert.That(refused.StdErr, Does.Not.Contain("line 2:"));
        Assert.That(missingFile.ExitCode, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(trainees.StdOut);
        Assert.That(doc.RootElement.GetProperty("trainees").GetArrayLength(), Is.Zero, "nothing was imported");
    }

    [Test]
    public void Cohorts_import_creates_and_enrols_trainees()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        CohortScenario.Build(data, work);

        var list = TrainingCli.Run(data.Path, "cohorts", "list", "--json", "--modules", TestModules.Good);
        var eve = TrainingCli.Run(data.Path, "progress", "eve", "--json", "--modules", TestModules.Good);

        using var doc = JsonDocument.Parse(list.StdOut);
        Assert.That(doc.RootElement.GetProperty("cohorts")[0].GetProperty("members").GetInt32(), Is.EqualTo(3));
        Assert.That(eve.ExitCode, Is.Zero, eve.ToString());
        Assert.That(eve.StdOut, Does.Contain("tests.track"));
    }

    [Test]
    public void Report_cohort_as_json_has_the_documented_shape_and_numbers()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        CohortScenario.Build(data, work);

        var viaFormat = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "json", "--modules", TestModules.Good));
        var viaJson = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--json", "--modules", TestModules.Good));

        Assert.That(Normalize(viaJson.StdOut), Is.EqualTo(Normalize(viaFormat.StdOut)));
        using var doc = JsonDocument.Parse(viaFormat.StdOut);
        var root = doc.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "cohort", "track", "deadline", "trainees", "modules" }));
        Assert.That(root.GetProperty("cohort").GetString(), Is.EqualTo("spring"));
        Assert.That(root.GetProperty("track").GetString(), Is.EqualTo("tests.track"));
        Assert.That(root.GetProperty("deadline").GetString(), Is.EqualTo("2099-12-31"));
        var trainees = root.GetProperty("trainees").EnumerateArray().ToList();
        Assert.That(trainees.Select(t => (t.GetProperty("id").GetString(), t.GetProperty("percent").GetDouble(), t.GetProperty("completedModules").GetInt32(), t.GetProperty("status").GetString())),
            Is.EqualTo(new (string?, double, int, string?)[] { ("ann", 100, 1, "completed"), ("bob", 50, 0, "on-track"), ("eve", 0, 0, "not-started") }));
        Assert.That(trainees[0].GetProperty("certificateId").GetString(), Is.Not.Empty);
        Assert.That(trainees[0].GetProperty("lastActivity").GetDateTimeOffset(), Is.Not.EqualTo(default(DateTimeOffset)));
        Assert.That(trainees[2].GetProperty("lastActivity").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(trainees[2].GetProperty("name").GetString(), Is.EqualTo(CohortScenario.ScriptName));
        var module = root.GetProperty("modules").EnumerateArray().Single();
        Assert.That(module.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "completionRate", "averageBestPercent" }));
        Assert.That(module.GetProperty("completionRate").GetDouble(), Is.EqualTo(33.33));
        Assert.That(module.GetProperty("averageBestPercent").GetDouble(), Is.EqualTo(100));
    }

    [Test]
    public void Report_cohort_as_a_table_csv_and_into_a_file()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        CohortScenario.Build(data, work);
        var good = TestModules.Good;
        var csvFile = Path.Combine(work.Path, "out", "report.csv");

        var table = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--modules", good));
        var csv = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "csv", "--modules", good));
        var written = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "csv", "-o", csvFile, "--modules", good));
        var html = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "html", "--modules", good));

        Assert.That(table.StdOut, Does.Contain("ann").And.Contain("completed").And.Contain("on-track").And.Contain("not-started").And.Contain("33.33 %"));
        var lines = csv.StdOut.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines[0], Is.EqualTo("id,name,percent,completedModules,status,lastActivity,certificateId,module:tests.basics"));
        Assert.That(lines[1], Does.StartWith("ann,Ann Archer,100,1,completed,"));
        Assert.That(lines[2], Does.StartWith("bob,Bob Baker,50,0,on-track,").And.EndWith(",,50"));
        Assert.That(lines[3], Is.EqualTo($"eve,{CohortScenario.ScriptName},0,0,not-started,,,0"));
        Assert.That(lines, Has.Count.EqualTo(4));
        Assert.That(written.StdOut, Does.Contain(csvFile));
        Assert.That(File.ReadAllText(csvFile), Is.EqualTo(csv.StdOut.TrimEnd('\n', '\r') + "\r\n").Or.EqualTo(csv.StdOut));
        Assert.That(html.StdOut, Does.StartWith("<!DOCTYPE html>"));
    }

    [Test]
    public void Report_cohort_filter_keeps_the_trainees_with_that_status()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        CohortScenario.Build(data, work);
        var good = TestModules.Good;

        var notStarted = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--format", "csv", "--filter", "not-started", "--modules", good));
        var behind = CohortScenario.Ok(TrainingCli.Run(data.Path, "report", "cohort", "spring", "--json", "--filter", "behind", "--modules", good));
        var unknown = TrainingCli.Run(data.Path, "report", "cohort", "spring", "--filter", "late", "--modules", good);

        var lines = notStarted.StdOut.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines, Is.EqualTo(new[] { "id,name,percent,completedModules,status,lastActivity,certificateId,module:tests.basics", $"eve,{CohortScenario.ScriptName},0,0,not-started,,,0" }));
        using var doc = JsonDocument.Parse(behind.StdOut);
        Assert.That(doc.RootElement.GetProperty("trainees").GetArrayLength(), Is.Zero, "nobody is behind before a far deadline");
        Assert.That(doc.RootElement.GetProperty("modules")[0].GetProperty("completionRate").GetDouble(), Is.EqualTo(33.33), "module lines still cover the whole cohort");
        Assert.That(unknown.ExitCode, Is.EqualTo(2), unknown.ToString());
    }

    [Test]
    public void Report_cohort_refuses_unknown_cohorts_and_formats()
    {
        using var data = new TempDirectory();

        var unknown = TrainingCli.Run(data.Path, "report", "cohort", "nobody", "--modules", TestModules.Good);
        var format = TrainingCli.Run(data.Path, "report", "cohort", "nobody", "--format", "pdf", "--modules", TestModules.Good);

        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.StdErr, Does.Contain("There is no cohort 'nobody'"));
        Assert.That(format.ExitCode, Is.EqualTo(2));
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
