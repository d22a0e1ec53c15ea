using Microsoft.Data.Sqlite;
using Training.Engine.Records;
using Training.Engine.Records.Events;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests;

public sealed class StoreTests
{
    private TempDirectory _folder = null!;

    [SetUp]
    public void SetUp() => _folder = new TempDirectory();

    [TearDown]
    public void TearDown() => _folder.Dispose();

    [Test]
    public void Open_CreatesTrainingDbWithTheLatestSchemaRecorded()
    {
        using var store = SqliteLearningStore.Open(Path.Combine(_folder.Path, "data"));

        Assert.That(File.Exists(Path.Combine(_folder.Path, "data", "training.db")), Is.True);
        Assert.That(store.SchemaVersion(), Is.EqualTo(SchemaSteps.Latest));
    }

    [Test]
    public void Reopen_IsIdempotentAndKeepsData()
    {
        using (var store = SqliteLearningStore.Open(_folder.Path))
        {
            store.Write(w => { w.InsertTrainee(Jane()); return 0; });
        }

        using var reopened = SqliteLearningStore.Open(_folder.Path);

        Assert.That(reopened.Read(r => r.FindTrainee("jane")), Is.EqualTo(Jane()));
        Assert.That(Count(reopened, "SELECT count(*) FROM schema_migrations"), Is.EqualTo(SchemaSteps.All.Count));
    }

    [Test]
    public void Open_RefusesADatabaseFromANewerSchema()
    {
        SqliteLearningStore.Open(_folder.Path).Dispose();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "training.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, 'future', 0)";
            command.Parameters.AddWithValue("$v", SchemaSteps.Latest + 1);
            command.ExecuteNonQuery();
        }

        var exception = Assert.Throws<LearningRecordsException>(() => SqliteLearningStore.Open(_folder.Path))!;

        Assert.That(exception.Kind, Is.EqualTo(LearningRecordsErrorKind.Refused));
        Assert.That(exception.Message, Does.Contain("newer"));
    }

    [TestCase(Durability.Normal, "1")]
    [TestCase(Durability.Full, "2")]
    public void Pragmas_AreInEffect(Durability durability, string synchronous)
    {
        using var store = SqliteLearningStore.Open(_folder.Path, new SqliteStoreOptions { Durability = durability, BusyTimeout = TimeSpan.FromSeconds(7) });

        Assert.That(store.ReadPragma("journal_mode"), Is.EqualTo("wal"));
        Assert.That(store.ReadPragma("foreign_keys"), Is.EqualTo("1"));
        Assert.That(store.ReadPragma("busy_timeout"), Is.EqualTo("7000"));
        Assert.That(store.ReadPragma("synchronous"), Is.EqualTo(synchronous));
    }

    [TestCase(null, Durability.Normal)]
    [TestCase("", Durability.Normal)]
    [TestCase("NORMAL", Durability.Normal)]
    [TestCase(" full ", Durability.Full)]
    public void ParseDurability_ReadsTheEnvironmentSetting(string? text, Durability expected) =>
        Assert.That(SqliteStoreOptions.ParseDurability(text), Is.EqualTo(expected));

    [Test]
    public void ParseDurability_RefusesOtherValues() =>
        Assert.That(() => SqliteStoreOptions.ParseDurability("off"), Throws.ArgumentException.With.Message.Contains("TRAINING_DURABILITY"));

    [Test]
    public void Events_AreAppendOnly()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);
        store.Write(w =>
        {
            w.InsertTrainee(Jane());
            return w.AppendEvent(new LearningEvent(0, DateTimeOffset.UnixEpoch, LearningEventKinds.TraineeAdded, "jane", null, null, null, null, null));
        });

        using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        connection.Open();
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE events SET kind = 'x'";
        Assert.That(() => update.ExecuteNonQuery(), Throws.TypeOf<SqliteException>().With.Message.Contains("append-only"));
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM events";
        Assert.That(() => delete.ExecuteNonQuery(), Throws.TypeOf<SqliteException>().With.Message.Contains("append-only"));
        Assert.That(store.Read(r => r.CountEvents()), Is.EqualTo(1));
    }

    [Test]
    public void Write_RollsBackEverythingWhenTheWorkThrows()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);

        Assert.That(
            () => store.Write<int>(w =>
            {
                w.InsertTrainee(Jane());
                throw new InvalidOperationException("refused");
            }),
            Throws.InvalidOperationException);

        Assert.That(store.Read(r => r.FindTrainee("jane")), Is.Null);
    }

    [Test]
    public void ForeignKeys_RejectEventsOfUnknownTrainees()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);

        Assert.That(
            () => store.Write(w => w.AppendEvent(new LearningEvent(0, DateTimeOffset.UnixEpoch, LearningEventKinds.Enrolled, "ghost", null, null, null, null, null))),
            Throws.TypeOf<SqliteException>());
    }

    [Test]
    public void ConcurrentWriters_OnSeparateStores_LoseNothing()
    {
        const int threads = 4;
        const int perThread = 150;
        SqliteLearningStore.Open(_folder.Path).Dispose();
        var errors = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                // One store per thread: separate connections, as separate processes would have.
                using var store = SqliteLearningStore.Open(_folder.Path, new SqliteStoreOptions { BusyTimeout = TimeSpan.FromSeconds(30) });
                for (var i = 0; i < perThread; i++)
                {
                    var id = $"t{t}-{i}";
                    store.Write(w =>
                    {
                        w.InsertTrainee(new Trainee(id, "Name", null, DateTimeOffset.UnixEpoch));
                        return w.AppendEvent(new LearningEvent(0, DateTimeOffset.UnixEpoch, LearningEventKinds.TraineeAdded, id, null, null, null, null, null));
                    });
                }
            }
            catch (Exception exception)
            {
                lock (errors)
                {
                    errors.Add(exception);
                }
            }
        })).ToList();

        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.That(errors, Is.Empty);
        using var check = SqliteLearningStore.Open(_folder.Path);
        Assert.That(check.Read(r => r.CountEvents()), Is.EqualTo(threads * perThread));
        Assert.That(check.Read(r => r.ListTrainees().Count), Is.EqualTo(threads * perThread));
    }

    [Test]
    public void ConcurrentWriters_SharingOneStore_LoseNothing()
    {
        using var store = SqliteLearningStore.Open(_folder.Path);

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var id = $"p{i}";
            store.Write(w =>
            {
                w.InsertTrainee(new Trainee(id, "Name", null, DateTimeOffset.UnixEpoch));
                return w.AppendEvent(new LearningEvent(0, DateTimeOffset.UnixEpoch, LearningEventKinds.TraineeAdded, id, null, null, null, null, null));
            });
        });

        Assert.That(store.Read(r => r.CountEvents()), Is.EqualTo(200));
    }

    private static Trainee Jane() => new("jane", "Jane", "jane@example.org", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

    private static long Count(SqliteLearningStore store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
