using Microsoft.Data.Sqlite;

namespace Training.Cli.Tests.Reliability;

/// <summary>Reads training.db directly, as an auditor would, to check it after crashes.</summary>
internal static class RecordsDatabase
{
    public static string IntegrityCheck(string data) => Scalar(data, "PRAGMA integrity_check") as string ?? string.Empty;

    public static long Count(string data, string table) => (long)Scalar(data, $"SELECT COUNT(*) FROM {table}")!;

    public static long CountEvents(string data, string kind) => (long)Scalar(data, "SELECT COUNT(*) FROM events WHERE kind = $kind", ("$kind", kind))!;

    /// <summary>Every row of every table of a database file, sorted: equal digests mean nothing changed.</summary>
    public static List<string> Digest(string databaseFile)
    {
        var rows = new List<string>();
        using var connection = OpenReadOnly(databaseFile);
        foreach (var table in Strings(databaseFile, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] blob ? Convert.ToHexString(blob) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                rows.Add(table + ": " + string.Join(" | ", values));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The first column of every row of a query on a database file.</summary>
    public static List<string> Strings(string databaseFile, string sql)
    {
        using var connection = OpenReadOnly(databaseFile);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public static object? Scalar(string data, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = OpenReadOnly(Path.Combine(data, "training.db"));
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }

    private static SqliteConnection OpenReadOnly(string databaseFile)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }
}
