using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Training.Storage.Sqlite.Migrations;
using Training.TestSupport;

namespace Training.Storage.Sqlite.Tests.Fixtures;

/// <summary>
/// The committed databases of every earlier schema version (<c>schema-v{N}.db</c>) and how they are
/// made: step 1, then the rows of <c>data-v1.sql</c>, step 2, then <c>data-v2.sql</c>, ... up to step N,
/// as a database that lived through each release (README.md).
/// </summary>
internal static partial class SchemaFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Training.Storage.Sqlite.Tests", "Fixtures");

    public static string PathFor(int version) => Path.Combine(Folder, $"schema-v{version}.db");

    /// <summary>The command that writes the missing fixtures, for failure messages.</summary>
    public const string GenerateCommand = "dotnet test tests/Training.Storage.Sqlite.Tests --filter \"FullyQualifiedName~SchemaFixtureGenerator\"";

    /// <summary>The versions that have a committed fixture, found by file name.</summary>
    public static IReadOnlyList<int> Present() => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "schema-v*.db")
            .Select(path => FixtureName().Match(Path.GetFileName(path)))
            .Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
            .Order()
            .ToList()
        : [];

    /// <summary>Builds the fixture of <paramref name="version"/> at <paramref name="path"/> (replaced if present).</summary>
    public static void Generate(int version, string path)
    {
        var temporary = path + ".tmp";
        DeleteDatabase(temporary);
        using (var session = new SqliteSession(temporary, new SqliteStoreOptions()))
        {
            for (var step = 1; step <= version; step++)
            {
                SchemaMigrator.Migrate(session, AppliedAt(step), StepsUpTo(step));
                var data = Path.Combine(Folder, $"data-v{step}.sql");
                if (!File.Exists(data))
                {
                    continue;
                }

                session.Execute("BEGIN IMMEDIATE");
                using (var command = session.Connection.CreateCommand())
                {
                    command.CommandText = File.ReadAllText(data);
                    command.ExecuteNonQuery();
                }

                session.Execute("COMMIT");
            }
        }

        // The last connection closed: the WAL is checkpointed into the file and removed.
        DeleteDatabase(path);
        File.Move(temporary, path);
        File.Delete(temporary + "-wal");
        File.Delete(temporary + "-shm");
    }

    /// <summary>The steps a Training of schema <paramref name="version"/> shipped.</summary>
    public static List<Migration> StepsUpTo(int version) => SchemaSteps.All.Where(step => step.Version <= version).ToList();

    /// <summary>The schema (every table, index and trigger with its SQL), to compare databases.</summary>
    public static List<string> Schema(SqliteConnection connection) => Strings(
        connection,
        "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");

    /// <summary>Every row of every table as text, sorted, to compare content.</summary>
    public static List<string> Rows(SqliteConnection connection)
    {
        var rows = new List<string>();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    DBNull => "NULL",
                    byte[] blob => "X'" + Convert.ToHexString(blob) + "'",
                    IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                    var value => "'" + value + "'",
                });
                rows.Add(table + ": " + string.Join(", ", values));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    // Fixed instants keep a regenerated fixture identical to the committed one.
    private static DateTimeOffset AppliedAt(int version) => new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(3 * (version - 1));

    private static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^schema-v(\d+)\.db$")]
    private static partial Regex FixtureName();
}
