using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.Cli.Tests.Reliability;
using Training.Engine.Records.Events;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite;
using Training.Storage.Sqlite.Backups;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary><c>training backup</c> and <c>training restore</c> through the real process, on real data folders.</summary>
public sealed class BackupRestoreTests
{
    private TempDirectory _data = null!;
    private TempDirectory _work = null!;

    private string Live => Path.Combine(_data.Path, "training.db");

    [SetUp]
    public void SetUp()
    {
        _data = new TempDirectory();
        _work = new TempDirectory();
    }

    [TearDown]
    public void TearDown()
    {
        _data.Dispose();
        _work.Dispose();
    }

    [Test]
    public void Backup_then_restore_brings_back_the_records_and_keeps_the_later_ones_aside()
    {
        Ok(TrainingCli.Run(_data.Path, "trainees", "add", "jane", "--name", "Jane Doe"));
        Ok(TrainingCli.Run(_data.Path, "trainees", "add", "marie", "--name", "Marie Dupont"));
        var file = Path.Combine(_work.Path, "backup.db");

        var backup = Ok(TrainingCli.Run(_data.Path, "backup", "-o", file, "--json"));
        Ok(TrainingCli.Run(_data.Path, "trainees", "add", "paul", "--name", "Paul Martin"));
        var restore = Ok(TrainingCli.Run(_data.Path, "restore", file, "--yes", "--json"));

        using (var json = JsonDocument.Parse(backup.StdOut))
        {
            Assert.That(json.RootElement.GetProperty("file").GetString(), Is.EqualTo(file));
            Assert.That(json.RootElement.GetProperty("trainees").GetInt64(), Is.EqualTo(2));
            Assert.That(json.RootElement.GetProperty("events").GetInt64(), Is.EqualTo(2));
            Assert.That(json.RootElement.GetProperty("issuerKeyId").ValueKind, Is.EqualTo(JsonValueKind.Null), "nothing was ever signed: no key to carry");
        }

        Assert.That(Trainees(_data.Path), Is.EqualTo(new[] { "jane", "marie" }));
        using var restored = JsonDocument.Parse(restore.StdOut);
        var previous = restored.RootElement.GetProperty("previous").GetString()!;
        Assert.That(Path.GetFileName(previous), Does.Match(@"^training\.db\.before-restore-\d{8}T\d{6}Z$"));
        Assert.That(RecordsDatabase.Strings(previous, "SELECT id FROM trainees ORDER BY id"), Is.EqualTo(new[] { "jane", "marie", "paul" }));
        Assert.That(RecordsDatabase.Strings(previous, "PRAGMA integrity_check"), Is.EqualTo(new[] { "ok" }));
        Assert.That(restored.RootElement.GetProperty("issuerKey").GetString(), Is.EqualTo("not-in-backup"));

        // The copy kept aside is itself restorable: that is how a restore is undone.
        Ok(TrainingCli.Run(_data.Path, "restore", previous, "--yes"));
        Assert.That(Trainees(_data.Path), Is.EqualTo(new[] { "jane", "marie", "paul" }));
    }

    [Test]
    public void Restoring_on_a_new_machine_brings_back_the_issuer_key_so_certificates_still_verify()
    {
        var good = TestModules.Good;
        Ok(TrainingCli.Run(_data.Path, "trainees", "add", "marie", "--name", "Marie Dupont", "--modules", good));
        Ok(TrainingCli.Run(_data.Path, "enroll", "marie", "tests.track", "--modules", good));
        Ok(TrainingCli.Run(_data.Path, "lesson", "complete", "marie", "tests.basics/welcome", "--modules", good));
        var sheet = _work.Write("answers.json", """{ "capital": "Bordeaux", "true-statement": true }""");
        Ok(TrainingCli.Run(_data.Path, "quiz", "take", "marie", "tests.basics/check", "--answers", sheet, "--modules", good));
        var file = Path.Combine(_work.Path, "backup.db");
        var backup = Ok(TrainingCli.Run(_data.Path, "backup", "-o", file));

        using var machine = new TempDirectory();
        var fresh = Path.Combine(machine.Path, "data");
        var restore = Ok(TrainingCli.Run(fresh, "restore", file, "--yes", "--json"));

        Assert.That(backup.StdOut, Does.Contain("issuer key").And.Contain("keep the file private"));
        using var json = JsonDocument.Parse(restore.StdOut);
        Assert.That(json.RootElement.GetProperty("issuerKey").GetString(), Is.EqualTo("installed"));
        Assert.That(json.RootElement.GetProperty("previous").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(json.RootElement.GetProperty("certificates").GetInt64(), Is.EqualTo(1));
        var certificates = Ok(TrainingCli.Run(fresh, "certificates", "list", "marie", "--json"));
        using var listed = JsonDocument.Parse(certificates.StdOut);
        var id = listed.RootElement.GetProperty("certificates")[0].GetProperty("id").GetString()!;
        var credential = Path.Combine(_work.Path, "certificate.jwt");
        Ok(TrainingCli.Run(fresh, "certificates", "export", id, "-o", credential));

        var verified = Ok(TrainingCli.Run(fresh, "certificates", "verify", credential, "--json"));

        using var verification = JsonDocument.Parse(verified.StdOut);
        Assert.That(verification.RootElement.GetProperty("valid").GetBoolean(), Is.True, "verified with the restored data folder's own key");
    }

    [Test]
    public void A_database_of_an_older_schema_is_restored_and_upgraded()
    {
        Ok(TrainingCli.Run(_data.Path, "trainees", "add", "someone", "--name", "Someone"));
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "Training.Storage.Sqlite.Tests", "Fixtures", "schema-v1.db");

        var restore = Ok(TrainingCli.Run(_data.Path, "restore", fixture, "--yes"));

        Assert.That(restore.StdOut, Does.Contain("schema version 1, upgraded to"));
        Assert.That(Trainees(_data.Path), Is.EqualTo(new[] { "jane.doe", "paul", "zoe" }));
        Assert.That(RecordsDatabase.IntegrityCheck(_data.Path), Is.EqualTo("ok"));
    }

    [Test]
    public void Restore_without_yes_says_what_it_would_do_and_changes_nothing()
    {
        var file = Prepared();
        var digest = RecordsDatabase.Digest(Live);

        var result = TrainingCli.Run(_data.Path, "restore", file);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.Contain("--yes").And.Contain("1 trainee(s)"));
        Assert.That(result.StdOut, Is.Empty);
        Unchanged(digest);
    }

    [Test]
    public void A_file_that_is_not_sqlite_is_refused_and_nothing_changes()
    {
        Prepared();
        var digest = RecordsDatabase.Digest(Live);
        var text = _work.Write("export.csv", "id,name\njane,Jane\n");

        var result = TrainingCli.Run(_data.Path, "restore", text, "--yes");

        Refused(result, "is not a SQLite database");
        Assert.That(result.StdErr, Does.Contain("Nothing was changed"));
        Unchanged(digest);
    }

    [Test]
    public void A_corrupted_backup_is_refused_and_nothing_changes()
    {
        var file = Prepared();
        var digest = RecordsDatabase.Digest(Live);
        var root = long.Parse(RecordsDatabase.Strings(file, "SELECT rootpage FROM sqlite_master WHERE name = 'trainees'").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var pageSize = long.Parse(RecordsDatabase.Strings(file, "PRAGMA page_size").Single(), System.Globalization.CultureInfo.InvariantCulture);
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.Position = ((root - 1) * pageSize) + 3;
            stream.Write(Enumerable.Repeat((byte)0xFF, 16).ToArray());
        }

        var result = TrainingCli.Run(_data.Path, "restore", file, "--yes");

        Refused(result, "is damaged");
        Unchanged(digest);
    }

    [Test]
    public void A_backup_of_a_newer_schema_is_refused_and_nothing_changes()
    {
        var file = Prepared();
        var digest = RecordsDatabase.Digest(Live);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 0)";
            command.ExecuteNonQuery();
        }

        var result = TrainingCli.Run(_data.Path, "restore", file, "--yes");

        Refused(result, "schema version 999, newer than this version of Training knows");
        Unchanged(digest);
    }

    [Test]
    public void Backup_and_restore_without_their_arguments_are_usage_errors()
    {
        var backup = TrainingCli.Run(_data.Path, "backup");
        var restore = TrainingCli.Run(_data.Path, "restore", "--yes");

        Assert.That(backup.ExitCode, Is.EqualTo(2), backup.ToString());
        Assert.That(backup.StdErr, Does.Contain("--output"));
        Assert.That(restore.ExitCode, Is.EqualTo(2), restore.ToString());
    }

    [Test]
    public void Backing_up_an_empty_data_folder_is_refused()
    {
        var result = TrainingCli.Run(_data.Path, "backup", "-o", Path.Combine(_work.Path, "b.db"));

        Refused(result, "no learning records to back up");
        Assert.That(Directory.GetFiles(_work.Path), Is.Empty);
    }

    /// <summary>A data folder with one trainee backed up, then a second added after the backup (set up in-process: only the restore under test runs the command).</summary>
    private string Prepared()
    {
        using (var store = SqliteLearningStore.Open(_data.Path))
        {
            AddTrainee(store, "jane");
            var file = DataFolderBackup.Create(_data.Path, Path.Combine(_work.Path, "backup.db")).Path;
            AddTrainee(store, "paul");
            return file;
        }
    }

    private static void AddTrainee(SqliteLearningStore store, string id) => store.Write(w =>
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_760_000_000_000);
        w.InsertTrainee(new Trainee(id, "Stagiaire " + id, null, at));
        return w.AppendEvent(new LearningEvent(0, at, LearningEventKinds.TraineeAdded, id, null, null, null, null, null));
    });

    private void Unchanged(List<string> digest)
    {
        Assert.That(RecordsDatabase.Digest(Live), Is.EqualTo(digest), "the live records are untouched");
        Assert.That(Directory.GetFileSystemEntries(_data.Path).Select(Path.GetFileName), Is.SubsetOf(new[] { "training.db", "training.db-wal", "training.db-shm", "keys" }), "nothing kept aside, no working file left");
    }

    private static void Refused(CliResult result, string message)
    {
        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.StdErr, Does.StartWith("error: ").And.Contain(message));
        Assert.That(result.StdErr, Does.Not.Contain("   at "), "no stack trace for a user error");
    }

    private static CliResult Ok(CliResult result)
    {
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return result;
    }

    private static List<string> Trainees(string data)
    {
        var result = Ok(TrainingCli.Run(data, "trainees", "list", "--json"));
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("trainees").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
    }
}
