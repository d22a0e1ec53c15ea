using Microsoft.Data.Sqlite;
using Training.Engine.Records.Events;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests;

/// <summary>Schema step 3 (per-question results, essay answers) and the migrator's tolerance of steps arriving out of order.</summary>
public sealed class ResultsSchemaTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private TempDirectory _folder = null!;

    private string DbPath => Path.Combine(_folder.Path, "training.db");

    [SetUp]
    public void SetUp() => _folder = new TempDirectory();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void A_version_1_database_migrates_to_3_and_keeps_its_data()
    {
        using (var session = new SqliteSession(DbPath, new SqliteStoreOptions()))
        {
            SchemaMigrator.Migrate(session, At, [SchemaSteps.All.Single(step => step.Version == 1)]);
            session.Execute("INSERT INTO trainees (id, name, email, created_at) VALUES ('jane', 'Jane', NULL, 0)");
        }

        using var store = SqliteLearningStore.Open(_folder.Path);

        Assert.That(store.SchemaVersion(), Is.EqualTo(SchemaSteps.Latest));
        Assert.That(store.Read(r => r.FindTrainee("jane"))?.Name, Is.EqualTo("Jane"));
        Assert.That(store.Read(r => r.ListPendingEssays()), Is.Empty);
        Assert.That(Versions(), Does.Contain(3));
    }

    [Test]
    public void A_step_numbered_below_the_recorded_maximum_is_still_applied()
    {
        // A database that reached 3 on one branch gets the parallel branch's step 2 when both are merged.
        var one = SchemaSteps.All.Single(step => step.Version == 1);
        var three = SchemaSteps.All.Single(step => step.Version == 3);
        var two = new Migration(2, "parallel step", "CREATE TABLE IF NOT EXISTS parallel_probe (id INTEGER PRIMARY KEY);");
        using (var session = new SqliteSession(DbPath, new SqliteStoreOptions()))
        {
            SchemaMigrator.Migrate(session, At, [one, three]);
        }

        using (var session = new SqliteSession(DbPath, new SqliteStoreOptions()))
        {
            SchemaMigrator.Migrate(session, At, [one, two, three]);
            SchemaMigrator.Migrate(session, At, [one, two, three]);
            Assert.That(session.Scalar("SELECT count(*) FROM parallel_probe"), Is.Zero);
        }

        Assert.That(Versions(), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void The_scan_yields_each_trainees_first_attempt_and_skips_pending_ones()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);
        store.Write(w =>
        {
            foreach (var trainee in new[] { "ann", "bob", "cid" })
            {
                w.InsertTrainee(new Trainee(trainee, trainee, null, At));
            }

            // bob's first attempt (2) is before ann's (3); ann's later attempt (4) must be ignored; cid's is pending.
            Attempt(w, "ann", "1.0.0", ("q1", 0, "incorrect"), ("q2", 1, "correct"));
            Attempt(w, "bob", "1.0.0", ("q1", 1, "correct"), ("q2", 1, "correct"));
            Attempt(w, "ann", "1.1.0", ("q1", 1, "correct"), ("q2", 1, "correct"));
            Attempt(w, "cid", "1.0.0", ("q1", 1, "correct"), ("q2", 0, "pending"));
            return 0;
        });
        var seen = new List<string>();

        var skipped = store.Read(r => r.ScanFirstAttemptResults("m", "quiz", (version, questions) =>
            seen.Add(version + ":" + string.Join(",", questions.ToArray().Select(q => $"{q.QuestionId}={q.Score}/{q.MaxScore}/{q.Result}")))));

        Assert.That(skipped, Is.EqualTo(1));
        Assert.That(seen, Is.EquivalentTo(new[] { "1.0.0:q1=0/1/incorrect,q2=1/1/correct", "1.0.0:q1=1/1/correct,q2=1/1/correct" }));
    }

    private static void Attempt(ILearningWriter writer, string trainee, string version, params (string Id, double Score, string Result)[] questions)
    {
        var id = writer.AppendEvent(new LearningEvent(0, At, LearningEventKinds.AttemptStarted, trainee, "m", version, "quiz", null, null));
        writer.UpsertAttempt(new AttemptRow(id, trainee, "m", "quiz", version, 1, 1, "fr", At, null, AttemptState.Submitted, At, 0, 2, 0, false));
        writer.UpsertAttemptResults(new AttemptResultsRow(id, trainee, "m", "quiz", version, [.. questions.Select(q => new QuestionResultRow(q.Id, q.Score, 1, q.Result))]));
    }

    private List<int> Versions()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
