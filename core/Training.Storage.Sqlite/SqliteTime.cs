namespace Training.Storage.Sqlite;

/// <summary>Instants are stored as Unix milliseconds (UTC): they sort, compare and index as integers.</summary>
internal static class SqliteTime
{
    public static long ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? value) => value is { } instant ? instant.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}
