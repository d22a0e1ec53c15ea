using Microsoft.Data.Sqlite;
using Training.Engine.Certificates;
using Training.Engine.Records.Events;
using Training.Engine.Records.Trainees;
using Training.Storage.Sqlite.Tests.Fixtures;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests.Backups;

/// <summary>A data folder with a real training.db (and optionally an issuer key), a place for backups, and ways to look inside.</summary>
internal sealed class BackupWorld : IDisposable
{
    private readonly TempDirectory _root = new();

    public BackupWorld()
    {
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Elsewhere);
    }

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 15, 30, TimeSpan.Zero));

    public SqliteStoreOptions Options => new() { Time = Clock };

    public string Data => Path.Combine(_root.Path, "data");

    public string Elsewhere => Path.Combine(_root.Path, "backups");

    public string Live => Path.Combine(Data, "training.db");

    public string KeyPath => IssuerKey.PathIn(Data);

    public string Backup(string name = "backup.db") => Path.Combine(Elsewhere, name);

    public static Trainee Trainee(string id) => new(id, "Stagiaire " + id, null, DateTimeOffset.FromUnixTimeMilliseconds(1_750_000_000_000));

    /// <summary>Adds trainees the way the engine does: the row and its event in one transaction.</summary>
    public void Add(params string[] ids)
    {
        using var store = SqliteLearningStore.Open(Data, Options);
        foreach (var id in ids)
        {
            AddTo(store, id);
        }
    }

    public static void AddTo(SqliteLearningStore store, string id) => store.Write(w =>
    {
        w.InsertTrainee(Trainee(id));
        return w.AppendEvent(new LearningEvent(0, DateTimeOffset.FromUnixTimeMilliseconds(1_750_000_000_000), LearningEventKinds.TraineeAdded, id, null, null, null, null, null));
    });

    public string KeyId()
    {
        using var key = IssuerKey.LoadOrCreate(Data);
        return key.KeyId;
    }

    public static List<string> TraineesIn(string database) => Query(database, "SELECT id FROM trainees ORDER BY id");

    public static List<string> Query(string database, string sql)
    {
        using var connection = SchemaFixtures.Open(database, SqliteOpenMode.ReadOnly);
        return SchemaFixtures.Strings(connection, sql);
    }

    /// <summary>Overwrites the header and cell pointers of a table's root page, as a bad disk would.</summary>
    public static void Scramble(string database, string table)
    {
        var root = long.Parse(Query(database, $"SELECT rootpage FROM sqlite_master WHERE name = '{table}'").Single(), System.Globalization.CultureInfo.InvariantCulture);
        var pageSize = long.Parse(Query(database, "PRAGMA page_size").Single(), System.Globalization.CultureInfo.InvariantCulture);
        using var file = new FileStream(database, FileMode.Open, FileAccess.ReadWrite);
        file.Position = ((root - 1) * pageSize) + 1;
        file.Write(Enumerable.Repeat((byte)0xA5, 24).ToArray());
    }

    /// <summary>Every row of every table: equal digests mean nothing was changed.</summary>
    public static List<string> Digest(string database)
    {
        using var connection = SchemaFixtures.Open(database, SqliteOpenMode.ReadOnly);
        return [.. SchemaFixtures.Schema(connection), .. SchemaFixtures.Rows(connection)];
    }

    /// <summary>Files in the data folder other than the database, its WAL files and the key folder.</summary>
    public List<string> Leftovers() => Directory.EnumerateFileSystemEntries(Data)
        .Select(Path.GetFileName)
        .Where(name => name is not ("training.db" or "training.db-wal" or "training.db-shm" or "keys"))
        .Select(name => name!)
        .ToList();

    public void Dispose() => _root.Dispose();
}
