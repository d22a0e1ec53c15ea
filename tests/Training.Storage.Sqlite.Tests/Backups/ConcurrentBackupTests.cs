using System.Collections.Concurrent;
using Training.Storage.Sqlite.Backups;
using Training.Storage.Sqlite.Tests.Fixtures;

namespace Training.Storage.Sqlite.Tests.Backups;

/// <summary>
/// Backup and restore while other connections record (each writer has its own store, as another
/// process would): the snapshot is consistent, and a restore loses no acknowledged write.
/// </summary>
public sealed class ConcurrentBackupTests
{
    private BackupWorld _world = null!;

    [SetUp]
    public void SetUp() => _world = new BackupWorld();

    [TearDown]
    public void TearDown() => _world.Dispose();

    [Test]
    public void A_backup_taken_while_writers_record_is_a_consistent_snapshot()
    {
        _world.Add("first");
        using var writers = new Writers(_world, count: 3);
        writers.WaitForAcknowledged(60);

        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        writers.Stop();

        Assert.That(BackupWorld.Query(backup.Path, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        Assert.That(backup.Contents.Trainees, Is.GreaterThan(1));
        Assert.That(backup.Contents.Events, Is.EqualTo(backup.Contents.Trainees), "each trainee row with its event: no torn transaction");
        var backedUp = BackupWorld.Query(backup.Path, "SELECT id || ' ' || kind || ' ' || trainee_id FROM events ORDER BY id");
        var final = BackupWorld.Query(_world.Live, "SELECT id || ' ' || kind || ' ' || trainee_id FROM events ORDER BY id");
        Assert.That(final.Take(backedUp.Count), Is.EqualTo(backedUp), "the backup is a prefix of the history");
    }

    [Test]
    public void A_restore_while_writers_record_loses_no_acknowledged_write()
    {
        _world.Add("before-backup");
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        using var writers = new Writers(_world, count: 3);
        writers.WaitForAcknowledged(60);

        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);
        writers.WaitForAcknowledged(writers.Acknowledged.Count + 30);
        var acknowledged = writers.Stop();

        var aside = BackupWorld.TraineesIn(restored.PreviousDatabase!).ToHashSet();
        var live = BackupWorld.TraineesIn(_world.Live).ToHashSet();
        Assert.That(acknowledged.Where(id => !aside.Contains(id) && !live.Contains(id)), Is.Empty, "every acknowledged write is kept aside (before the restore) or live (after it)");
        Assert.That(acknowledged.Where(id => aside.Contains(id) && live.Contains(id)), Is.Empty, "the restore is one point in time");
        Assert.That(acknowledged.Where(live.Contains), Is.Not.Empty, "writers went on recording into the restored database");
        Assert.That(live, Does.Contain("before-backup"));
        Assert.That(BackupWorld.Query(_world.Live, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        Assert.That(BackupWorld.Query(_world.Live, "SELECT count(*) FROM events"), Is.EqualTo(BackupWorld.Query(_world.Live, "SELECT count(*) FROM trainees")));
    }

    [Test]
    public void A_restore_waits_for_an_open_write_transaction_and_keeps_its_commit_aside()
    {
        _world.Add("jane");
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        using var writer = SchemaFixtures.Open(_world.Live);
        Execute(writer, "BEGIN IMMEDIATE");
        Execute(writer, "INSERT INTO trainees (id, name, created_at) VALUES ('late', 'Late', 0)");

        var restore = Task.Run(() => DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options));
        // The restore can only take the write lock once this transaction ends, so its commit is kept aside.
        Thread.Sleep(200);
        Execute(writer, "COMMIT");
        var restored = restore.GetAwaiter().GetResult();

        Assert.That(BackupWorld.TraineesIn(restored.PreviousDatabase!), Is.EqualTo(new[] { "jane", "late" }));
        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "jane" }));
    }

    private static void Execute(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Threads adding trainees <c>w{n}-{i}</c> in a loop, each through its own store; an id is acknowledged once its write returned.</summary>
    private sealed class Writers : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly List<Thread> _threads;
        private readonly ConcurrentQueue<Exception> _errors = new();

        public Writers(BackupWorld world, int count)
        {
            _threads = Enumerable.Range(0, count).Select(n => new Thread(() =>
            {
                try
                {
                    using var store = SqliteLearningStore.Open(world.Data, world.Options with { BusyTimeout = TimeSpan.FromSeconds(30) });
                    for (var i = 0; !_stop.IsCancellationRequested; i++)
                    {
                        var id = $"w{n}-{i}";
                        BackupWorld.AddTo(store, id);
                        Acknowledged.Enqueue(id);
                    }
                }
                catch (Exception e)
                {
                    _errors.Enqueue(e);
                }
            })).ToList();
            _threads.ForEach(t => t.Start());
        }

        public ConcurrentQueue<string> Acknowledged { get; } = new();

        public void WaitForAcknowledged(int atLeast)
        {
            var spins = 0;
            while (Acknowledged.Count < atLeast && _errors.IsEmpty && spins++ < 6000)
            {
                Thread.Sleep(10);
            }

            Assert.That(_errors, Is.Empty);
            Assert.That(Acknowledged.Count, Is.GreaterThanOrEqualTo(atLeast), "the writers did not get going");
        }

        public List<string> Stop()
        {
            _stop.Cancel();
            _threads.ForEach(t => t.Join());
            Assert.That(_errors, Is.Empty, string.Join("\n", _errors));
            return [.. Acknowledged];
        }

        public void Dispose()
        {
            _stop.Cancel();
            _threads.ForEach(t => t.Join());
            _stop.Dispose();
        }
    }
}
