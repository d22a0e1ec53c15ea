using Microsoft.Data.Sqlite;
using Training.Engine.Access;
using Training.Engine.Cohorts;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests;

/// <summary>Schema step 4: accounts, cohort coordinators and the account log, added beside the records.</summary>
public sealed class AccountsSchemaTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private TempDirectory _folder = null!;

    private string DbPath => Path.Combine(_folder.Path, "training.db");

    [SetUp]
    public void SetUp() => _folder = new TempDirectory();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Step_4_only_adds_to_a_version_3_database_and_keeps_its_data()
    {
        Dictionary<string, string> before;
        using (var session = new SqliteSession(DbPath, new SqliteStoreOptions()))
        {
            SchemaMigrator.Migrate(session, At, [.. SchemaSteps.All.Where(step => step.Version <= 3)]);
            session.Execute("INSERT INTO trainees (id, name, email, created_at) VALUES ('jane', 'Jane', NULL, 0)");
            session.Execute("INSERT INTO cohorts (id, track_id, title, deadline, created_at) VALUES ('spring', 'rec.track', NULL, NULL, 0)");
            session.Execute("INSERT INTO cohort_members (cohort_id, trainee_id, added_at) VALUES ('spring', 'jane', 0)");
            before = Schema(session.Connection);
        }

        using var store = SqliteLearningStore.Open(_folder.Path);
        store.Write(writer =>
        {
            writer.InsertUser(new UserRow("coach", "hash", Role.Coordinator, null, "Coach", At, At, "stamp"));
            writer.InsertCohortCoordinator("spring", "coach", At);
            writer.AppendAccountEvent(new AccountEvent(0, At, AccountEventKinds.UserAdded, "coach", "local-operator", null));
            return 0;
        });

        Assert.That(store.SchemaVersion(), Is.EqualTo(4));
        Assert.That(store.Read(r => r.FindTrainee("jane"))?.Name, Is.EqualTo("Jane"));
        Assert.That(store.Read(r => r.IsTraineeCoordinatedBy("jane", "COACH")), Is.True, "user names compare without case");
        Assert.That(store.Read(r => r.ListCohortsCoordinatedBy("coach")).Select(c => (c.Id, c.Members)), Is.EqualTo(new[] { ("spring", 1) }));
        using var connection = Open();
        var after = Schema(connection);
        Assert.That(after.Where(entry => before.ContainsKey(entry.Key)), Is.EquivalentTo(before), "no existing table, index or trigger changed");
        Assert.That(after.Keys.Except(before.Keys), Is.SupersetOf(new[] { "table users", "table cohort_coordinators", "table account_events" }));
    }

    [Test]
    public void A_user_acting_as_an_unknown_trainee_is_refused_by_the_database()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);

        Assert.That(
            () => store.Write(writer =>
            {
                writer.InsertUser(new UserRow("ghost", "hash", Role.Trainee, "nobody", null, At, At, "stamp"));
                return 0;
            }),
            Throws.InstanceOf<SqliteException>());
    }

    [Test]
    public void Coordinated_item_scan_skips_trainees_outside_the_coordinators_cohorts()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);
        store.Write(writer =>
        {
            writer.InsertTrainee(new Trainee("in", "In", null, At));
            writer.InsertTrainee(new Trainee("out", "Out", null, At));
            writer.InsertCohort(new Cohort("c", "t", null, null, At, 0));
            writer.InsertCohortMember("c", "in", At);
            writer.InsertUser(new UserRow("coach", "hash", Role.Coordinator, null, null, At, At, "stamp"));
            writer.InsertCohortCoordinator("c", "coach", At);
            foreach (var trainee in new[] { "in", "out" })
            {
                var id = writer.AppendEvent(new Engine.Records.Events.LearningEvent(0, At, "attempt-started", trainee, "m", "1.0.0", "q", null, null));
                writer.UpsertAttempt(new AttemptRow(id, trainee, "m", "q", "1.0.0", 1, 1, "fr", At, null, AttemptState.Submitted, At, 1, 1, 100, true));
                writer.UpsertAttemptResults(new AttemptResultsRow(id, trainee, "m", "q", "1.0.0", [new QuestionResultRow("q1", 1, 1, "correct")]));
            }

            return 0;
        });

        var seen = 0;
        store.Read(r => r.ScanFirstAttemptResults("m", "q", (_, _) => seen++));
        var scoped = 0;
        store.Read(r => r.ScanFirstAttemptResultsCoordinatedBy("m", "q", "coach", (_, _) => scoped++));
        var nobody = 0;
        store.Read(r => r.ScanFirstAttemptResultsCoordinatedBy("m", "q", "someone-else", (_, _) => nobody++));

        Assert.That((seen, scoped, nobody), Is.EqualTo((2, 1, 0)));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        return connection;
    }

    private static Dictionary<string, string> Schema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'";
        using var reader = command.ExecuteReader();
        var schema = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            schema[reader.GetString(0) + " " + reader.GetString(1)] = reader.GetString(2);
        }

        return schema;
    }
}
