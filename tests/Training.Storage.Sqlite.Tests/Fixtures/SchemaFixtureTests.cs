using Microsoft.Data.Sqlite;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests.Fixtures;

/// <summary>
/// A database from every earlier schema version opens with the current store: it is migrated to the
/// latest version, keeps its data readable through the engine, and stays append-only. Fixtures are
/// found by file name, so one added for a new version is tested without touching this class.
/// </summary>
public sealed class SchemaFixtureTests
{
    private const string JaneCertificate = "urn:uuid:a7deb296-4fb4-4928-a28a-e8069d2d1baf";

    private static readonly Dictionary<int, int> s_eventsWrittenUpTo = new() { [1] = 18, [2] = 19, [3] = 26 };

    private ModuleCatalog _catalog = null!;
    private TempDirectory _folder = null!;

    public static IEnumerable<TestCaseData> Fixtures() =>
        SchemaFixtures.Present().Select(version => new TestCaseData(version).SetArgDisplayNames($"schema-v{version}.db"));

    [OneTimeSetUp]
    public void LoadModules()
    {
        var modules = Path.Combine(RepositoryPaths.Root, "tests", "modules");
        _catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ExtraDirectories = [Path.Combine(modules, "records", "common"), Path.Combine(modules, "records", "v1"), Path.Combine(modules, "review", "v1")],
        });
        Assert.That(_catalog.Modules.Select(m => m.Status), Is.All.EqualTo(ModuleStatus.Loaded), string.Join("; ", _catalog.Modules.SelectMany(m => m.Diagnostics)));
    }

    [OneTimeTearDown]
    public void DisposeModules() => _catalog.Dispose();

    [SetUp]
    public void SetUp() => _folder = new TempDirectory();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Every_schema_version_up_to_the_latest_has_a_fixture()
    {
        var missing = Enumerable.Range(1, SchemaSteps.Latest).Except(SchemaFixtures.Present()).ToList();

        Assert.That(
            missing,
            Is.Empty,
            $"No fixture database for schema version(s) {string.Join(", ", missing)}. A new schema step needs one, so that databases it upgrades stay tested: "
            + $"add the rows that version writes to tests/Training.Storage.Sqlite.Tests/Fixtures/data-v{SchemaSteps.Latest}.sql (optional but expected), "
            + $"run `{SchemaFixtures.GenerateCommand}`, and commit Fixtures/schema-v{SchemaSteps.Latest}.db (see Fixtures/README.md).");
    }

    [TestCaseSource(nameof(Fixtures))]
    public void A_fixture_has_exactly_the_schema_its_version_shipped(int version)
    {
        var expected = Path.Combine(_folder.Path, "expected.db");
        using (var session = new SqliteSession(expected, new SqliteStoreOptions()))
        {
            SchemaMigrator.Migrate(session, DateTimeOffset.UnixEpoch, SchemaFixtures.StepsUpTo(version));
        }

        using var fixture = SchemaFixtures.Open(CopyOf(version), SqliteOpenMode.ReadOnly);
        using var shipped = SchemaFixtures.Open(expected, SqliteOpenMode.ReadOnly);

        Assert.That(SchemaFixtures.Strings(fixture, "SELECT CAST(max(version) AS TEXT) FROM schema_migrations"), Is.EqualTo(new[] { version.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(SchemaFixtures.Schema(fixture), Is.EqualTo(SchemaFixtures.Schema(shipped)));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void The_generator_still_reproduces_the_committed_fixture(int version)
    {
        // Catches an edited released step or data file: both must stay as they shipped.
        var regenerated = Path.Combine(_folder.Path, "regenerated.db");
        SchemaFixtures.Generate(version, regenerated);

        using var committed = SchemaFixtures.Open(CopyOf(version), SqliteOpenMode.ReadOnly);
        using var again = SchemaFixtures.Open(regenerated, SqliteOpenMode.ReadOnly);

        Assert.That(SchemaFixtures.Schema(again), Is.EqualTo(SchemaFixtures.Schema(committed)));
        Assert.That(SchemaFixtures.Rows(again), Is.EqualTo(SchemaFixtures.Rows(committed)));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Opening_a_fixture_migrates_it_to_the_latest_schema_and_keeps_its_records(int version)
    {
        File.Copy(SchemaFixtures.PathFor(version), Path.Combine(_folder.Path, "training.db"));

        using var store = SqliteLearningStore.Open(_folder.Path, new SqliteStoreOptions { Time = new ManualTimeProvider() });
        var records = new LearningRecords(store, _catalog, new ManualTimeProvider(new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero)));

        Assert.That(store.SchemaVersion(), Is.EqualTo(SchemaSteps.Latest));
        using (var connection = SchemaFixtures.Open(store.DatabasePath))
        {
            Assert.That(SchemaFixtures.Strings(connection, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
            Assert.That(SchemaFixtures.Strings(connection, "SELECT * FROM pragma_foreign_key_check"), Is.Empty);
            Assert.That(SchemaFixtures.Strings(connection, "SELECT CAST(version AS TEXT) FROM schema_migrations ORDER BY version"), Is.EqualTo(SchemaSteps.All.Select(s => s.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order()));
            Assert.That(SchemaFixtures.Schema(connection), Is.EqualTo(FreshSchema()), "a migrated database has the schema of a new one");
        }

        var expectedEvents = s_eventsWrittenUpTo[Math.Min(version, s_eventsWrittenUpTo.Keys.Max())];
        Assert.That(records.CountEvents(), Is.GreaterThanOrEqualTo(expectedEvents));
        Assert.That(records.ListEvents().Select(e => e.Id), Is.EqualTo(Enumerable.Range(1, (int)records.CountEvents()).Select(i => (long)i)));

        // Version 1 rows: trainees, enrolment, lessons, attempts, completion and a certificate.
        var trainees = records.ListTrainees();
        Assert.That(trainees.Select(t => t.Id), Is.SupersetOf(new[] { "jane.doe", "paul", "zoe" }));
        Assert.That(records.GetTrainee("zoe").Name, Is.EqualTo("Zoé Martin"));
        Assert.That(records.GetTrainee("jane.doe").Email, Is.EqualTo("jane@example.org"));
        var jane = records.GetProgress("jane.doe");
        Assert.That(jane.Modules.Single(m => m.Id == "rec.basics").Status, Is.EqualTo("completed"));
        var solo = jane.Tracks.Single(t => t.Id == "rec.solo");
        Assert.That((solo.Completed, solo.Percent, solo.CertificateId), Is.EqualTo((true, 100.0, JaneCertificate)));
        var certificate = records.ListCertificates("jane.doe").Single();
        Assert.That((certificate.Id, certificate.TrackId, certificate.ExpiresAt), Is.EqualTo((JaneCertificate, "rec.solo", (DateTimeOffset?)null)));
        Assert.That(certificate.Credential, Does.StartWith("eyJ"));
        var paulCheck = records.GetProgress("paul").Modules.Single(m => m.Id == "rec.basics");
        Assert.That(paulCheck.LessonsCompleted, Is.EqualTo(1));
        Assert.That(paulCheck.Quizzes.Single(q => q.Id == "check").Attempts, Is.EqualTo(2));

        if (version == 1)
        {
            Assert.That(paulCheck.Quizzes.Single(q => q.Id == "check").Passed, Is.False);
        }

        if (version >= 2)
        {
            var cohort = new CohortService(records).Get("printemps-2025");
            Assert.That((cohort.TrackId, cohort.Deadline, cohort.Members), Is.EqualTo(("rec.track", (DateOnly?)new DateOnly(2025, 9, 30), 2)));
            Assert.That(records.ListEnrolments("jane.doe").Select(e => e.TrackId), Is.EqualTo(new[] { "rec.solo", "rec.track" }));
        }

        if (version >= 3)
        {
            Assert.That(paulCheck.Quizzes.Single(q => q.Id == "check"), Has.Property("Passed").True.And.Property("BestPercent").EqualTo(50));
            var essay = records.ListPendingEssays().Single();
            Assert.That((essay.TraineeId, essay.ModuleId, essay.QuizId, essay.QuestionId), Is.EqualTo(("lea", "rev.essays", "final", "story")));
            Assert.That(records.GetProgress("lea").Modules.Single().Quizzes.Single(q => q.Id == "stats").Passed, Is.True);
        }

        if (version >= 4)
        {
            // Accounts: hashes written by version 4 still sign in, roles and coordinator scope read back.
            var accounts = new UserAccounts(store, new ManualTimeProvider());
            Assert.That(accounts.List().Select(a => (a.UserName, a.Role, a.TraineeId)), Is.EquivalentTo(new[]
            {
                ("admin", Role.Admin, (string?)null), ("coord.gironde", Role.Coordinator, null), ("lea", Role.Trainee, "lea"),
            }));
            Assert.That(accounts.SignIn("lea", "fixture-lea-pass"), Is.EqualTo(new Principal("lea", Role.Trainee, "lea")));
            Assert.That(accounts.SignIn("lea", "fixture-admin-pass"), Is.Null);
            var coordinator = accounts.SignIn("coord.gironde", "fixture-coordinator-pass");
            Assert.That(coordinator, Is.Not.Null);
            var access = new TrainingAccess(records, new CohortService(records), accounts);
            Assert.That(access.ForCoordinator(coordinator!).ListCohorts().Select(c => c.Id), Is.EqualTo(new[] { "printemps-2025" }));
        }

        // Still a working database: it records, and its history stays append-only.
        var before = records.CountEvents();
        Assert.That(records.CompleteLesson("paul", "rec.basics", "details").Recorded, Is.True);
        Assert.That(records.CountEvents(), Is.EqualTo(before + 1));
        using var writer = SchemaFixtures.Open(store.DatabasePath);
        foreach (var sql in new[] { "UPDATE events SET kind = 'forged' WHERE id = 1", "DELETE FROM events WHERE id = 1" })
        {
            using var command = writer.CreateCommand();
            command.CommandText = sql;
            Assert.That(() => command.ExecuteNonQuery(), Throws.TypeOf<SqliteException>().With.Message.Contains("append-only"), sql);
        }
    }

    private List<string> FreshSchema()
    {
        var fresh = Path.Combine(_folder.Path, "fresh");
        SqliteLearningStore.Open(fresh).Dispose();
        using var connection = SchemaFixtures.Open(Path.Combine(fresh, "training.db"), SqliteOpenMode.ReadOnly);
        return SchemaFixtures.Schema(connection);
    }

    // Even a read-only connection to a WAL database creates -wal and -shm files beside it: never open the committed file in place.
    private string CopyOf(int version)
    {
        var copy = Path.Combine(_folder.Path, $"committed-v{version}.db");
        File.Copy(SchemaFixtures.PathFor(version), copy, overwrite: true);
        return copy;
    }
}
