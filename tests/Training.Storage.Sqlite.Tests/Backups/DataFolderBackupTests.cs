using Microsoft.Data.Sqlite;
using Training.Engine.Records;
using Training.Storage.Sqlite.Backups;
using Training.Storage.Sqlite.Migrations;
using Training.Storage.Sqlite.Tests.Fixtures;

namespace Training.Storage.Sqlite.Tests.Backups;

/// <summary>Backup and restore of a data folder on real files: round trips, the issuer key, and what the file must look like.</summary>
public sealed class DataFolderBackupTests
{
    private BackupWorld _world = null!;

    [SetUp]
    public void SetUp() => _world = new BackupWorld();

    [TearDown]
    public void TearDown() => _world.Dispose();

    [Test]
    public void A_backup_restores_the_records_it_was_taken_from_and_keeps_the_later_ones_aside()
    {
        _world.Add("jane", "paul");
        var keyId = _world.KeyId();

        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        _world.Add("zoe");
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);

        Assert.That(backup.Contents, Is.EqualTo(new BackupContents(SchemaSteps.Latest, 2, 2, 0, _world.Clock.GetUtcNow().AddHours(-1), keyId)));
        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "jane", "paul" }));
        Assert.That(restored.PreviousDatabase, Is.EqualTo(_world.Live + ".before-restore-20260302T091530Z"));
        Assert.That(BackupWorld.TraineesIn(restored.PreviousDatabase!), Is.EqualTo(new[] { "jane", "paul", "zoe" }), "the records replaced are kept, later ones included");
        Assert.That(BackupWorld.Query(restored.PreviousDatabase!, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        Assert.That((restored.SchemaFrom, restored.SchemaTo, restored.IssuerKey), Is.EqualTo((SchemaSteps.Latest, SchemaSteps.Latest, IssuerKeyRestore.Unchanged)));
        Assert.That(BackupWorld.Query(_world.Live, "SELECT name FROM sqlite_master WHERE name LIKE 'training_backup%'"), Is.Empty, "the backup's own tables do not go live");
        Assert.That(_world.Leftovers(), Is.EqualTo(new[] { Path.GetFileName(restored.PreviousDatabase!) }), "no working file left behind");

        using var store = SqliteLearningStore.Open(_world.Data, _world.Options);
        Assert.That(store.ReadPragma("journal_mode"), Is.EqualTo("wal"));
        BackupWorld.AddTo(store, "lea");
        Assert.That(store.Read(r => r.CountEvents()), Is.EqualTo(3));
    }

    [Test]
    public void A_backup_is_one_self_contained_owner_only_file()
    {
        _world.Add("jane");
        _world.KeyId();

        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });

        var header = File.ReadAllBytes(backup.Path).AsSpan(0, 20).ToArray();
        Assert.That((header[18], header[19]), Is.EqualTo(((byte)1, (byte)1)), "rollback-journal file format: readable without a WAL");
        Assert.That(Directory.GetFiles(_world.Elsewhere), Is.EqualTo(new[] { backup.Path }), "no temporary, journal or WAL file beside it");
        Assert.That(backup.Bytes, Is.EqualTo(new FileInfo(backup.Path).Length));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(backup.Path), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "it holds the signing key and learner data");
        }

        Assert.That(BackupWorld.Query(backup.Path, "SELECT value FROM training_backup WHERE name = 'format'"), Is.EqualTo(new[] { "1" }));
        Assert.That(BackupWorld.Query(backup.Path, "SELECT path FROM training_backup_files"), Is.EqualTo(new[] { "keys/issuer-key.pem" }));
        Assert.That(DataFolderBackup.Inspect(backup.Path, _world.Options), Is.EqualTo(backup.Contents));
    }

    [Test]
    public void A_new_backup_replaces_an_older_file_of_the_same_name_only_once_complete()
    {
        _world.Add("jane");
        var first = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        var before = File.ReadAllBytes(first.Path);

        Assert.That(
            () => DataFolderBackup.Create(Path.Combine(_world.Data, "nowhere"), first.Path, new BackupOptions { Store = _world.Options }),
            Throws.TypeOf<LearningRecordsException>().With.Property("Kind").EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(File.ReadAllBytes(first.Path), Is.EqualTo(before), "a failed backup leaves the previous file as it was");

        _world.Add("paul");
        var second = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        Assert.That(second.Contents.Trainees, Is.EqualTo(2));
        Assert.That(Directory.GetFiles(_world.Elsewhere), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_backup_refuses_a_target_that_is_the_live_database_or_a_folder_or_in_a_missing_folder()
    {
        _world.Add("jane");
        var digest = BackupWorld.Digest(_world.Live);

        foreach (var (target, expected) in new[]
        {
            (_world.Live, "live database"),
            (_world.Live + "-wal", "live database"),
            (_world.Elsewhere, "is a folder"),
            (Path.Combine(_world.Elsewhere, "missing", "b.db"), "does not exist"),
        })
        {
            Assert.That(
                () => DataFolderBackup.Create(_world.Data, target, new BackupOptions { Store = _world.Options }),
                Throws.TypeOf<LearningRecordsException>().With.Message.Contains(expected),
                target);
        }

        Assert.That(BackupWorld.Digest(_world.Live), Is.EqualTo(digest));
    }

    [Test]
    public void Restoring_into_an_empty_data_folder_installs_the_records_and_the_issuer_key()
    {
        _world.Add("jane");
        var keyId = _world.KeyId();
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        var key = File.ReadAllBytes(_world.KeyPath);
        Directory.Delete(_world.Data, recursive: true);

        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);

        Assert.That(restored.PreviousDatabase, Is.Null);
        Assert.That(restored.IssuerKey, Is.EqualTo(IssuerKeyRestore.Installed));
        Assert.That(File.ReadAllBytes(_world.KeyPath), Is.EqualTo(key));
        Assert.That(_world.KeyId(), Is.EqualTo(keyId));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(_world.KeyPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "jane" }));
    }

    [Test]
    public void Restoring_over_another_issuer_key_keeps_that_key_aside()
    {
        _world.Add("jane");
        _world.KeyId();
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        var backupKey = File.ReadAllBytes(_world.KeyPath);
        File.Delete(_world.KeyPath);
        _world.KeyId();
        var otherKey = File.ReadAllBytes(_world.KeyPath);

        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);

        Assert.That(restored.IssuerKey, Is.EqualTo(IssuerKeyRestore.Replaced));
        Assert.That(File.ReadAllBytes(_world.KeyPath), Is.EqualTo(backupKey));
        Assert.That(restored.PreviousIssuerKey, Is.EqualTo(_world.KeyPath + ".before-restore-20260302T081530Z"));
        Assert.That(File.ReadAllBytes(restored.PreviousIssuerKey!), Is.EqualTo(otherKey), "a signing key is never lost");
    }

    [Test]
    public void A_backup_without_the_key_leaves_the_data_folder_key_alone()
    {
        _world.Add("jane");
        _world.KeyId();
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options, IncludeIssuerKey = false });
        var key = File.ReadAllBytes(_world.KeyPath);

        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);

        Assert.That(backup.Contents.IssuerKeyId, Is.Null);
        Assert.That(BackupWorld.Query(backup.Path, "SELECT count(*) FROM training_backup_files"), Is.EqualTo(new[] { "0" }));
        Assert.That(restored.IssuerKey, Is.EqualTo(IssuerKeyRestore.NotInBackup));
        Assert.That(File.ReadAllBytes(_world.KeyPath), Is.EqualTo(key));
    }

    [Test]
    public void An_older_schema_is_restored_and_brought_to_the_latest()
    {
        _world.Add("someone");

        var restored = DataFolderBackup.Restore(_world.Data, SchemaFixtures.PathFor(1), _world.Options);

        Assert.That((restored.SchemaFrom, restored.SchemaTo), Is.EqualTo((1, SchemaSteps.Latest)));
        Assert.That(restored.Contents.CreatedAt, Is.Null, "a plain database, not made by 'training backup'");
        Assert.That(restored.IssuerKey, Is.EqualTo(IssuerKeyRestore.NotInBackup));
        using var store = SqliteLearningStore.Open(_world.Data, _world.Options);
        Assert.That(store.SchemaVersion(), Is.EqualTo(SchemaSteps.Latest));
        Assert.That(store.Read(r => r.ListTrainees()).Select(t => t.Id), Is.EqualTo(new[] { "jane.doe", "paul", "zoe" }));
        Assert.That(BackupWorld.TraineesIn(restored.PreviousDatabase!), Is.EqualTo(new[] { "someone" }));
    }

    [Test]
    public void A_database_kept_aside_restores_like_a_backup_which_undoes_a_restore()
    {
        _world.Add("jane");
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        _world.Add("paul");
        var first = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);
        _world.Clock.Advance(TimeSpan.FromSeconds(1));

        var undo = DataFolderBackup.Restore(_world.Data, first.PreviousDatabase!, _world.Options);

        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "jane", "paul" }));
        Assert.That(BackupWorld.TraineesIn(undo.PreviousDatabase!), Is.EqualTo(new[] { "jane" }));
    }

    [Test]
    public void A_copied_training_db_with_its_wal_restores_with_the_commits_still_in_the_wal()
    {
        var other = Path.Combine(_world.Elsewhere, "other");
        using (var store = SqliteLearningStore.Open(other, _world.Options))
        {
            BackupWorld.AddTo(store, "in-wal");

            // Copied while the store is open: the commit is still in training.db-wal.
            Assert.That(new FileInfo(Path.Combine(other, "training.db-wal")).Length, Is.Positive);
            File.Copy(Path.Combine(other, "training.db"), _world.Backup("copy.db"));
            File.Copy(Path.Combine(other, "training.db-wal"), _world.Backup("copy.db") + "-wal");
        }

        DataFolderBackup.Restore(_world.Data, _world.Backup("copy.db"), _world.Options);

        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "in-wal" }));
    }

    [Test]
    public void A_live_database_damaged_inside_is_replaced_and_its_pages_kept_aside_as_they_were()
    {
        _world.Add("jane");
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        _world.Add("paul");
        BackupWorld.Scramble(_world.Live, "trainees");
        Assert.That(IntegrityOk(_world.Live), Is.False, "the live database is damaged");

        var restored = DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options);

        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "jane" }));
        Assert.That(BackupWorld.Query(_world.Live, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        Assert.That(File.Exists(restored.PreviousDatabase), Is.True);
    }

    [Test]
    public void A_live_file_sqlite_cannot_open_is_left_for_the_operator_to_move()
    {
        _world.Add("jane");
        var backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options });
        File.WriteAllBytes(_world.Live, Enumerable.Repeat((byte)0x5A, 8192).ToArray());
        var damaged = File.ReadAllBytes(_world.Live);

        var refusal = Assert.Throws<LearningRecordsException>(() => DataFolderBackup.Restore(_world.Data, backup.Path, _world.Options))!;

        Assert.That(refusal.Message, Does.Contain("is damaged").And.Contain("move it").And.Contain("Nothing was changed"));
        Assert.That(File.ReadAllBytes(_world.Live), Is.EqualTo(damaged));
        Assert.That(_world.Leftovers(), Is.Empty);
    }

    private static bool IntegrityOk(string database)
    {
        try
        {
            return BackupWorld.Query(database, "PRAGMA integrity_check") is ["ok"];
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    [Test]
    public void A_backup_with_another_page_size_is_restored_into_the_wal_database()
    {
        _world.Add("jane");
        var candidate = _world.Backup("big-pages.db");
        using (var connection = SchemaFixtures.Open(candidate, SqliteOpenMode.ReadWriteCreate))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=8192; CREATE TABLE x (a); DROP TABLE x;";
            command.ExecuteNonQuery();
        }

        using (var store = new SqliteLearningStore(candidate, _world.Options))
        {
            BackupWorld.AddTo(store, "paul");
        }

        Assert.That(BackupWorld.Query(candidate, "PRAGMA page_size"), Is.EqualTo(new[] { "8192" }));

        DataFolderBackup.Restore(_world.Data, candidate, _world.Options);

        Assert.That(BackupWorld.TraineesIn(_world.Live), Is.EqualTo(new[] { "paul" }));
        Assert.That(BackupWorld.Query(_world.Live, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
    }
}
