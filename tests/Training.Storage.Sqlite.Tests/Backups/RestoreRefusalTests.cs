using Training.Engine.Records;
using Training.Storage.Sqlite.Backups;
using Training.Storage.Sqlite.Migrations;
using Training.Storage.Sqlite.Tests.Fixtures;

namespace Training.Storage.Sqlite.Tests.Backups;

/// <summary>A restore checks the file first; a refused restore changes nothing: same records, no file left aside, no working file.</summary>
public sealed class RestoreRefusalTests
{
    private BackupWorld _world = null!;
    private List<string> _digest = null!;
    private string _backup = null!;

    [SetUp]
    public void SetUp()
    {
        _world = new BackupWorld();
        _world.Add("jane", "paul");
        _world.KeyId();
        _backup = DataFolderBackup.Create(_world.Data, _world.Backup(), new BackupOptions { Store = _world.Options }).Path;
        _world.Add("zoe");
        _digest = BackupWorld.Digest(_world.Live);
    }

    [TearDown]
    public void TearDown()
    {
        Assert.That(BackupWorld.Digest(_world.Live), Is.EqualTo(_digest), "the live records are untouched");
        Assert.That(_world.Leftovers(), Is.Empty, "nothing kept aside, no working file left");
        _world.Dispose();
    }

    [Test]
    public void A_file_that_is_not_sqlite_is_refused()
    {
        var text = _world.Backup("notes.db");
        File.WriteAllText(text, "trainee,name\njane,Jane\n");

        Refused(text, LearningRecordsErrorKind.Invalid, "is not a SQLite database");
    }

    [Test]
    public void A_missing_file_is_refused() => Refused(_world.Backup("missing.db"), LearningRecordsErrorKind.NotFound, "does not exist");

    [Test]
    public void A_damaged_page_is_refused()
    {
        BackupWorld.Scramble(_backup, "events");

        Refused(_backup, LearningRecordsErrorKind.Invalid, "is damaged");
    }

    [Test]
    public void A_damaged_issuer_key_copy_is_refused()
    {
        Execute(_backup, "UPDATE training_backup_files SET content = CAST(replace(CAST(content AS TEXT), 'A', 'B') AS BLOB)");

        Refused(_backup, LearningRecordsErrorKind.Invalid, "does not match its SHA-256");
    }

    [Test]
    public void Records_of_a_newer_schema_are_refused()
    {
        Execute(_backup, $"INSERT INTO schema_migrations (version, name, applied_at) VALUES ({SchemaSteps.Latest + 1}, 'from the future', 0)");

        var refusal = Refused(_backup, LearningRecordsErrorKind.Refused, $"schema version {SchemaSteps.Latest + 1}");
        Assert.That(refusal.Message, Does.Contain("newer").And.Contain("Upgrade Training"));
    }

    [Test]
    public void A_backup_of_a_newer_format_is_refused()
    {
        Execute(_backup, "UPDATE training_backup SET value = '2' WHERE name = 'format'");

        Refused(_backup, LearningRecordsErrorKind.Refused, "format 2");
    }

    [Test]
    public void A_sqlite_database_that_is_not_learning_records_is_refused()
    {
        var other = _world.Backup("other.db");
        Execute(other, "CREATE TABLE contacts (name TEXT)");

        Refused(other, LearningRecordsErrorKind.Invalid, "not Training learning records");
    }

    [Test]
    public void Rows_that_break_references_are_refused()
    {
        Execute(_backup, "PRAGMA foreign_keys=OFF; INSERT INTO enrolments (trainee_id, track_id, enrolled_at, seq) VALUES ('ghost', 't', 0, 1)");

        Refused(_backup, LearningRecordsErrorKind.Invalid, "enrolments");
    }

    [Test]
    public void The_live_database_itself_is_refused()
    {
        var refusal = Assert.Throws<LearningRecordsException>(() => DataFolderBackup.Restore(_world.Data, _world.Live, _world.Options))!;

        Assert.That(refusal.Message, Does.Contain("live database itself"));
    }

    [Test]
    public void A_writer_holding_the_database_past_the_retries_makes_the_restore_give_up_cleanly()
    {
        using var writer = SchemaFixtures.Open(_world.Live);
        using (var begin = writer.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            begin.ExecuteNonQuery();
        }

        var options = _world.Options with { BusyTimeout = TimeSpan.FromMilliseconds(50), BusyRetries = 1 };
        var refusal = Assert.Throws<LearningRecordsException>(() => DataFolderBackup.Restore(_world.Data, _backup, options))!;

        Assert.That(refusal.Kind, Is.EqualTo(LearningRecordsErrorKind.Conflict));
        Assert.That(refusal.Message, Does.Contain("busy").And.Contain("nothing was changed"));
        using var rollback = writer.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        rollback.ExecuteNonQuery();
    }

    private LearningRecordsException Refused(string file, LearningRecordsErrorKind kind, string expected)
    {
        var inspect = Assert.Throws<LearningRecordsException>(() => DataFolderBackup.Inspect(file, _world.Options))!;
        var refusal = Assert.Throws<LearningRecordsException>(() => DataFolderBackup.Restore(_world.Data, file, _world.Options))!;

        Assert.That(refusal.Kind, Is.EqualTo(kind), refusal.Message);
        Assert.That(refusal.Message, Does.Contain(expected));
        Assert.That(refusal.Message, Does.Contain(file), "the message names the file");
        Assert.That(inspect.Message, Is.EqualTo(refusal.Message));
        return refusal;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = SchemaFixtures.Open(database, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
