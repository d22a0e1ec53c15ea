using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Training.Storage.Sqlite.Cohorts;

/// <summary>
/// A statement stepped through SQLite's own API on the session's connection (same transaction),
/// for scans over hundreds of thousands of rows: text columns are read as UTF-8 bytes in place, with
/// no string made per row, which halved the time of the same loop through a data reader.
/// </summary>
internal sealed class RawQuery : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawQuery(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, string value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Moves to the next row: false when there is none.</summary>
    public bool Step() => raw.sqlite3_step(_statement) switch
    {
        raw.SQLITE_ROW => true,
        raw.SQLITE_DONE => false,
        var code => throw Error(code),
    };

    /// <summary>A text column's UTF-8 bytes, valid until the next step.</summary>
    public ReadOnlySpan<byte> Text(int column) => raw.sqlite3_column_blob(_statement, column);

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public void Dispose() => _statement.Dispose();

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw Error(code);
        }
    }

    // The same exception a data reader throws, so the store's busy retries and error reports apply.
    private SqliteException Error(int code) => new(raw.sqlite3_errmsg(_db).utf8_to_string(), code);
}
