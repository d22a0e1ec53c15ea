using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary>Learning records through the real command on a real training.db in a fresh data folder.</summary>
public sealed class RecordsCommandTests
{
    [Test]
    public void Training_db_is_created_in_the_data_folder_on_first_use()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "trainees", "list", "--json");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(File.Exists(Path.Combine(data.Path, "training.db")), Is.True);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.That(json.RootElement.GetProperty("trainees").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Trainees_are_added_listed_and_checked()
    {
        using var data = new TempDirectory();

        var added = TrainingCli.Run(data.Path, "trainees", "add", "marie", "--name", "Marie Dupont", "--email", "marie@example.org");
        var duplicate = TrainingCli.Run(data.Path, "trainees", "add", "marie", "--name", "Autre Marie");
        var badEmail = TrainingCli.Run(data.Path, "trainees", "add", "paul", "--name", "Paul", "--email", "not-an-email");
        var badId = TrainingCli.Run(data.Path, "trainees", "add", "Paul Martin!", "--name", "Paul");
        var listed = TrainingCli.Run(data.Path, "trainees", "list", "--json");

        Assert.That(added.ExitCode, Is.Zero, added.ToString());
        Assert.That(duplicate.ExitCode, Is.EqualTo(1));
        Assert.That(duplicate.StdErr, Does.Contain("marie"));
        Assert.That(badEmail.ExitCode, Is.EqualTo(1));
        Assert.That(badEmail.StdErr, Does.Contain("not-an-email"));
        Assert.That(badId.ExitCode, Is.EqualTo(1));
        using var json = JsonDocument.Parse(listed.StdOut);
        var trainees = json.RootElement.GetProperty("trainees").EnumerateArray().ToList();
        Assert.That(trainees, Has.Count.EqualTo(1));
        Assert.That(trainees[0].GetProperty("id").GetString(), Is.EqualTo("marie"));
        Assert.That(trainees[0].GetProperty("name").GetString(), Is.EqualTo("Marie Dupont"));
        Assert.That(trainees[0].GetProperty("email").GetString(), Is.EqualTo("marie@example.org"));
    }

    [Test]
    public void Enrolling_in_an_unknown_track_is_refused()
    {
        using var data = new TempDirectory();
        TrainingCli.Run(data.Path, "trainees", "add", "marie", "--name", "Marie");

        var result = TrainingCli.Run(data.Path, "enroll", "marie", "nowhere.track");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("nowhere.track"));
    }

    [Test]
    public void A_trainee_goes_from_enrolment_to_a_verified_certificate()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var good = TestModules.Good;
        TrainingCli.Run(data.Path, "trainees", "add", "marie", "--name", "Marie Dupont", "--modules", good);
        Assert.That(TrainingCli.Run(data.Path, "enroll", "marie", "tests.track", "--modules", good).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "lesson", "complete", "marie", "tests.basics/welcome", "--modules", good).ExitCode, Is.Zero);
        var sheet = work.Write("answers.json", """{ "capital": "Bordeaux", "true-statement": true }""");

        var taken = TrainingCli.Run(data.Path, "quiz", "take", "marie", "tests.basics/check", "--answers", sheet, "--seed", "7", "--json", "--modules", good);

        Assert.That(taken.ExitCode, Is.Zero, taken.ToString());
        using (var attempt = JsonDocument.Parse(taken.StdOut))
        {
            var root = attempt.RootElement;
            Assert.That(root.GetProperty("percent").GetDouble(), Is.EqualTo(100));
            Assert.That(root.GetProperty("passed").GetBoolean(), Is.True);
            Assert.That(root.GetProperty("attempt").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("attemptsLeft").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("attemptId").GetInt64(), Is.Positive);
            Assert.That(root.GetProperty("questions").GetArrayLength(), Is.EqualTo(2));
        }

        var progress = TrainingCli.Run(data.Path, "progress", "marie", "--json", "--modules", good);
        using var report = JsonDocument.Parse(progress.StdOut);
        var module = report.RootElement.GetProperty("modules").EnumerateArray().Single();
        Assert.That(report.RootElement.GetProperty("trainee").GetString(), Is.EqualTo("marie"));
        Assert.That(module.GetProperty("status").GetString(), Is.EqualTo("completed"));
        Assert.That(module.GetProperty("lessonsCompleted").GetInt32(), Is.EqualTo(1));
        Assert.That(module.GetProperty("quizzes")[0].GetProperty("bestPercent").GetDouble(), Is.EqualTo(100));
        var track = report.RootElement.GetProperty("tracks").EnumerateArray().Single();
        Assert.That(track.GetProperty("completed").GetBoolean(), Is.True);
        Assert.That(track.GetProperty("percent").GetDouble(), Is.EqualTo(100));
        var certificateId = track.GetProperty("certificateId").GetString()!;

        var credential = Path.Combine(work.Path, "certificate.jwt");
        var key = Path.Combine(work.Path, "issuer.jwk");
        Assert.That(TrainingCli.Run(data.Path, "certificates", "export", certificateId, "-o", credential).ExitCode, Is.Zero);
        Assert.That(TrainingCli.Run(data.Path, "certificates", "issuer-key", "-o", key).ExitCode, Is.Zero);

        using var elsewhere = new TempDirectory();
        var verified = TrainingCli.Run(elsewhere.Path, "certificates", "verify", credential, "--issuer-key", key, "--json");
        Assert.That(verified.ExitCode, Is.Zero, verified.ToString());
        using var verification = JsonDocument.Parse(verified.StdOut);
        Assert.That(verification.RootElement.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(verification.RootElement.GetProperty("trainee").GetString(), Is.EqualTo("marie"));
        Assert.That(verification.RootElement.GetProperty("track").GetString(), Is.EqualTo("tests.track"));
        Assert.That(verification.RootElement.GetProperty("expiresAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddMonths(23)));

        var tampered = Path.Combine(work.Path, "tampered.jwt");
        var text = File.ReadAllText(credential).Trim();
        var middle = text.Length / 2;
        File.WriteAllText(tampered, text[..middle] + (text[middle] == 'A' ? 'B' : 'A') + text[(middle + 1)..]);
        var refused = TrainingCli.Run(elsewhere.Path, "certificates", "verify", tampered, "--issuer-key", key, "--json");
        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.ToString());
        using var failure = JsonDocument.Parse(refused.StdOut);
        Assert.That(failure.RootElement.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(failure.RootElement.GetProperty("reason").GetString(), Is.Not.EqualTo("ok"));
    }

    [Test]
    public void Exhausted_attempts_are_refused_and_nothing_is_recorded()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var good = TestModules.Good;
        TrainingCli.Run(data.Path, "trainees", "add", "paul", "--name", "Paul", "--modules", good);
        var wrong = work.Write("wrong.json", """{ "capital": "Pau", "true-statement": false }""");
        for (var i = 0; i < 3; i++)
        {
            Assert.That(TrainingCli.Run(data.Path, "quiz", "take", "paul", "tests.basics/check", "--answers", wrong, "--modules", good).ExitCode, Is.Zero);
        }

        var fourth = TrainingCli.Run(data.Path, "quiz", "take", "paul", "tests.basics/check", "--answers", wrong, "--modules", good);
        var progress = TrainingCli.Run(data.Path, "progress", "paul", "--json", "--modules", good);

        Assert.That(fourth.ExitCode, Is.EqualTo(1), fourth.ToString());
        Assert.That(fourth.StdErr, Does.Contain("attempt"));
        using var json = JsonDocument.Parse(progress.StdOut);
        Assert.That(json.RootElement.GetProperty("modules")[0].GetProperty("quizzes")[0].GetProperty("attempts").GetInt32(), Is.EqualTo(3), "the refused attempt is not recorded");
    }

    [Test]
    public void A_malformed_sheet_records_nothing()
    {
        using var data = new TempDirectory();
        using var work = new TempDirectory();
        var good = TestModules.Good;
        TrainingCli.Run(data.Path, "trainees", "add", "lea", "--name", "Léa", "--modules", good);
        TrainingCli.Run(data.Path, "enroll", "lea", "tests.track", "--modules", good);
        var bad = work.Write("bad.json", """{ "capital": 42 }""");

        var result = TrainingCli.Run(data.Path, "quiz", "take", "lea", "tests.basics/check", "--answers", bad, "--modules", good);
        var progress = TrainingCli.Run(data.Path, "progress", "lea", "--json", "--modules", good);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("capital"));
        using var json = JsonDocument.Parse(progress.StdOut);
        Assert.That(json.RootElement.GetProperty("modules")[0].GetProperty("quizzes")[0].GetProperty("attempts").GetInt32(), Is.Zero);
    }

    [Test]
    public void Quiz_take_without_answers_and_without_a_terminal_explains_what_to_do()
    {
        using var data = new TempDirectory();
        TrainingCli.Run(data.Path, "trainees", "add", "lea", "--name", "Léa", "--modules", TestModules.Good);

        var result = TrainingCli.Run(data.Path, "quiz", "take", "lea", "tests.basics/check", "--modules", TestModules.Good);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("--answers"));
    }
}
