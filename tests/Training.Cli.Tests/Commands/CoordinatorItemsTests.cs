using System.Text.Json;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary><c>report items</c>, <c>review list|grade</c> and <c>certificates expiring</c> through the real process (tests/modules/review).</summary>
public sealed class CoordinatorItemsTests
{
    private static string Modules => Path.Combine(RepositoryPaths.Root, "tests", "modules", "review", "v1");

    [Test]
    public void Report_items_prints_moodle_statistics_in_the_documented_json_shape()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        // q3 right for a and b only, q4 right for a only; q1 always right, q2 always wrong.
        Take(data, work, "a", "true", "false", "true", "true");
        Take(data, work, "b", "true", "false", "true", "false");
        Take(data, work, "c", "true", "false", "false", "false");

        var result = Run(data, "report", "items", "rev.essays/stats", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "quiz", "attempts", "questions" }));
        Assert.That(root.GetProperty("quiz").GetString(), Is.EqualTo("rev.essays/stats"));
        Assert.That(root.GetProperty("attempts").GetInt32(), Is.EqualTo(3));
        var questions = root.GetProperty("questions").EnumerateArray().ToList();
        Assert.That(questions.Select(q => q.GetProperty("id").GetString()), Is.EqualTo(new[] { "q1", "q2", "q3", "q4" }));
        Assert.That(questions[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "version", "attempts", "facility", "discrimination", "sd", "flags" }));
        Assert.That(questions[0].GetProperty("version").GetString(), Is.EqualTo("1.0.0"));
        Assert.That(questions[0].GetProperty("facility").GetDouble(), Is.EqualTo(100));
        Assert.That(questions[0].GetProperty("discrimination").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(questions[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "too-easy" }));
        Assert.That(questions[1].GetProperty("flags").EnumerateArray().Select(f => f.GetString()), Is.EqualTo(new[] { "too-hard" }));
        // q3: x = 1,1,0 (mean 2/3), rest = 2,1,1 (mean 4/3): dx = 1/3,1/3,-2/3, dr = 2/3,-1/3,-1/3;
        // Σdx·dr = 2/9-1/9+2/9 = 1/3; Σdx² = Σdr² = 6/9 → D = (1/3)/(2/3) = .5 → 50.
        // F = 66.67; SD = √((6/9)/2) = .57735 → 57.74.
        Assert.That(questions[2].GetProperty("facility").GetDouble(), Is.EqualTo(66.67));
        Assert.That(questions[2].GetProperty("sd").GetDouble(), Is.EqualTo(57.74));
        Assert.That(questions[2].GetProperty("discrimination").GetDouble(), Is.EqualTo(50));
        Assert.That(questions[2].GetProperty("attempts").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public void Report_items_refuses_an_unknown_quiz_and_a_malformed_reference()
    {
        using var data = new TempDirectory();

        var unknown = Run(data, "report", "items", "rev.essays/nope");
        var malformed = Run(data, "report", "items", "rev.essays");
        var text = Run(data, "report", "items", "rev.essays/stats");

        Assert.That(unknown.ExitCode, Is.EqualTo(1), unknown.ToString());
        Assert.That(unknown.StdErr, Does.Contain("nope"));
        Assert.That(unknown.StdErr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(malformed.ExitCode, Is.EqualTo(2), malformed.ToString());
        Assert.That(text.ExitCode, Is.Zero, text.ToString());
        Assert.That(text.StdOut, Does.Contain("0 first attempts analysed"));
    }

    [Test]
    public void An_essay_is_listed_graded_and_completes_the_track_with_a_certificate_due_tomorrow()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        Assert.That(Run(data, "trainees", "add", "marie", "--name", "Marie Dupont").ExitCode, Is.Zero);
        Assert.That(Run(data, "enroll", "marie", "rev.track").ExitCode, Is.Zero);
        var stats = work.Write("stats.json", """{ "q1": true, "q2": true, "q3": true, "q4": true }""");
        Assert.That(Run(data, "quiz", "take", "marie", "rev.essays/stats", "--answers", stats).ExitCode, Is.Zero);
        var final = work.Write("final.json", """{ "story": "Un couple de randonneurs est reparti avec trois idées de balades.", "sun": true }""");
        var taken = Run(data, "quiz", "take", "marie", "rev.essays/final", "--answers", final, "--json");
        Assert.That(taken.ExitCode, Is.Zero, taken.ToString());
        long attemptId;
        using (var attempt = JsonDocument.Parse(taken.StdOut))
        {
            attemptId = attempt.RootElement.GetProperty("attemptId").GetInt64();
            Assert.That(attempt.RootElement.GetProperty("passed").GetBoolean(), Is.False);
        }

        var listed = Run(data, "review", "list", "--json");
        var listedText = Run(data, "review", "list");

        Assert.That(listed.ExitCode, Is.Zero, listed.ToString());
        using (var queue = JsonDocument.Parse(listed.StdOut))
        {
            var essay = queue.RootElement.GetProperty("essays").EnumerateArray().Single();
            Assert.That(essay.GetProperty("attempt").GetInt64(), Is.EqualTo(attemptId));
            Assert.That(essay.GetProperty("trainee").GetString(), Is.EqualTo("marie"));
            Assert.That(essay.GetProperty("module").GetString(), Is.EqualTo("rev.essays"));
            Assert.That(essay.GetProperty("quiz").GetString(), Is.EqualTo("final"));
            Assert.That(essay.GetProperty("question").GetString(), Is.EqualTo("story"));
            Assert.That(essay.GetProperty("text").GetString(), Is.EqualTo("Un couple de randonneurs est reparti avec trois idées de balades."));
            Assert.That(essay.GetProperty("maxScore").GetDouble(), Is.EqualTo(3));
            Assert.That(essay.TryGetProperty("submittedAt", out _), Is.True);
        }

        Assert.That(listedText.StdOut, Does.Contain("story"));
        var id = attemptId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var tooHigh = Run(data, "review", "grade", id, "story", "4");
        var notEssay = Run(data, "review", "grade", id, "sun", "1");
        var unknown = Run(data, "review", "grade", "999999", "story", "1");
        var notANumber = Run(data, "review", "grade", id, "story", "beaucoup");
        var graded = Run(data, "review", "grade", id, "story", "2.5", "--feedback", "Vivant et précis.", "--json");
        var again = Run(data, "review", "grade", id, "story", "3");

        Assert.Multiple(() =>
        {
            Assert.That(tooHigh.ExitCode, Is.EqualTo(1), tooHigh.ToString());
            Assert.That(tooHigh.StdErr, Does.Contain("between 0 and 3"));
            Assert.That(notEssay.ExitCode, Is.EqualTo(1), notEssay.ToString());
            Assert.That(notEssay.StdErr, Does.Contain("not an essay"));
            Assert.That(unknown.ExitCode, Is.EqualTo(1), unknown.ToString());
            Assert.That(notANumber.ExitCode, Is.EqualTo(2), notANumber.ToString());
            Assert.That(graded.ExitCode, Is.Zero, graded.ToString());
            Assert.That(again.ExitCode, Is.EqualTo(1), again.ToString());
            Assert.That(again.StdErr, Does.Contain("already graded"));
        });
        string certificate;
        using (var result = JsonDocument.Parse(graded.StdOut))
        {
            var root = result.RootElement;
            // (2.5 + 1) / 4 = 87.5 %.
            Assert.That(root.GetProperty("percent").GetDouble(), Is.EqualTo(87.5));
            Assert.That(root.GetProperty("passed").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("outcome").GetProperty("tracksCompleted").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "rev.track" }));
            certificate = root.GetProperty("outcome").GetProperty("certificatesIssued").EnumerateArray().Single().GetString()!;
        }

        Assert.That(JsonDocument.Parse(Run(data, "review", "list", "--json").StdOut).RootElement.GetProperty("essays").GetArrayLength(), Is.Zero);
        var progress = Run(data, "progress", "marie", "--json");
        Assert.That(progress.StdOut, Does.Contain(certificate));

        // rev.track is valid one day (P1D): the certificate expires within 2 days, days left 0.
        var expiring = Run(data, "certificates", "expiring", "--within", "2d", "--json");
        var expiringIso = Run(data, "certificates", "expiring", "--within", "P1W", "--json");
        var byDefault = Run(data, "certificates", "expiring");
        var months = Run(data, "certificates", "expiring", "--within", "2m");

        Assert.That(expiring.ExitCode, Is.Zero, expiring.ToString());
        using (var due = JsonDocument.Parse(expiring.StdOut))
        {
            var item = due.RootElement.GetProperty("certificates").EnumerateArray().Single();
            Assert.That(item.GetProperty("trainee").GetString(), Is.EqualTo("marie"));
            Assert.That(item.GetProperty("name").GetString(), Is.EqualTo("Marie Dupont"));
            Assert.That(item.GetProperty("track").GetString(), Is.EqualTo("rev.track"));
            Assert.That(item.GetProperty("certificateId").GetString(), Is.EqualTo(certificate));
            Assert.That(item.GetProperty("daysLeft").GetInt32(), Is.EqualTo(0));
            var expiresAt = item.GetProperty("expiresAt").GetDateTimeOffset();
            Assert.That(expiresAt, Is.GreaterThan(DateTimeOffset.UtcNow).And.LessThan(DateTimeOffset.UtcNow.AddDays(1.01)));
        }

        Assert.That(JsonDocument.Parse(expiringIso.StdOut).RootElement.GetProperty("certificates").GetArrayLength(), Is.EqualTo(1));
        Assert.That(byDefault.ExitCode, Is.Zero, byDefault.ToString());
        Assert.That(byDefault.StdOut, Does.Contain("marie").And.Contain("rev.track"));
        Assert.That(months.ExitCode, Is.EqualTo(2), months.ToString());
        Assert.That(months.StdErr, Does.Contain("60d"));
    }

    [Test]
    public void Certificates_expiring_lists_nothing_on_an_empty_data_folder()
    {
        using var data = new TempDirectory();

        var result = Run(data, "certificates", "expiring", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.That(json.RootElement.GetProperty("withinDays").GetInt32(), Is.EqualTo(60));
        Assert.That(json.RootElement.GetProperty("certificates").GetArrayLength(), Is.Zero);
    }

    private static CliResult Run(TempDirectory data, params string[] args) => TrainingCli.Run(data.Path, [.. args, "--modules", Modules]);

    private static void Take(TempDirectory data, TempDirectory work, string trainee, string q1, string q2, string q3, string q4)
    {
        Assert.That(Run(data, "trainees", "add", trainee, "--name", trainee).ExitCode, Is.Zero);
        var sheet = work.Write(trainee + ".json", $$"""{ "q1": {{q1}}, "q2": {{q2}}, "q3": {{q3}}, "q4": {{q4}} }""");
        var taken = Run(data, "quiz", "take", trainee, "rev.essays/stats", "--answers", sheet);
        Assert.That(taken.ExitCode, Is.Zero, taken.ToString());
    }
}
