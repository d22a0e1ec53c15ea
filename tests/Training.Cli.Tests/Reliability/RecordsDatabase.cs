using Microsoft.Data.Sqlite;

namespace Training.Cli.Tests.Reliability;

/// <summary>Reads training.db directly, as an auditor would, to check it after crashes.</summary>
internal static class RecordsDatabase
{
    public static string IntegrityCheck(string data) => Scalar(data, "PRAGMA integrity_check") as string ?? string.Empty;

    public static long Count(string data, string table) => (long)Scalar(data, $"SELECT COUNT(*) FROM {table}")!;

    public static long CountEvents(string data, string kind) => (long)Scalar(data, "SELECT COUNT(*) FROM events WHERE kind = $kind", ("$kind", kind))!;

    public static object? Scalar(string data, string sql, params (string Name, object Value)[] parameters)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "training.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteScalar();
    }
}
