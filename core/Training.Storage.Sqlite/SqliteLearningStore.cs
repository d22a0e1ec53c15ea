using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Training.Engine.Records;
using Training.Engine.Records.Storage;
using Training.Storage.Sqlite.Migrations;

namespace Training.Storage.Sqlite;

/// <summary>
/// The embedded learning-records store: one SQLite file in WAL mode. Writes run in
/// <c>BEGIN IMMEDIATE</c> transactions (the write lock is taken up front, so two writers queue on the
/// busy timeout instead of failing halfway), commit before returning, and are retried a bounded
/// number of times should SQLite still report the database busy or locked. Safe to share between
/// threads and between processes.
/// </summary>
public sealed class SqliteLearningStore : ILearningStore
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly SqliteStoreOptions _options;
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private bool _disposed;

    /// <summary>Opens (creating it and its folder if needed) the database file and brings its schema up to date.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="options">The options; <see cref="SqliteStoreOptions.FromEnvironment"/> when null.</param>
    /// <exception cref="LearningRecordsException">The database was written by a newer version of Training (Refused).</exception>
    public SqliteLearningStore(string databasePath, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = Path.GetFullPath(databasePath);
        _options = options ?? SqliteStoreOptions.FromEnvironment();
        if (Path.GetDirectoryName(DatabasePath) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var session = new SqliteSession(DatabasePath, _options);
        try
        {
            SchemaMigrator.Migrate(session, _options.Time.GetUtcNow());
        }
        catch
        {
            session.Dispose();
            throw;
        }

        _idle.Add(session);
    }

    /// <summary>The database file's full path.</summary>
    public string DatabasePath { get; }

    /// <summary>The durability in effect.</summary>
    public Durability Durability => _options.Durability;

    /// <summary>Opens <c>training.db</c> in a data folder.</summary>
    /// <param name="dataFolder">The data folder (created if missing).</param>
    /// <param name="options">The options; <see cref="SqliteStoreOptions.FromEnvironment"/> when null.</param>
    /// <returns>The store.</returns>
    public static SqliteLearningStore Open(string dataFolder, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        return new SqliteLearningStore(Path.Combine(dataFolder, SqliteStoreOptions.DatabaseFileName), options);
    }

    /// <inheritdoc />
    public T Read<T>(Func<ILearningReader, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(session =>
        {
            // A deferred transaction gives the several queries of one read a single snapshot.
            session.Execute("BEGIN");
            try
            {
                return work(session);
            }
            finally
            {
                session.Execute("COMMIT");
            }
        });
    }

    /// <inheritdoc />
    public T Write<T>(Func<ILearningWriter, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Run(session =>
        {
            session.Execute("BEGIN IMMEDIATE");
            T result;
            try
            {
                result = work(session);
            }
            catch
            {
                session.Execute("ROLLBACK");
                throw;
            }

            session.Execute("COMMIT");
            return result;
        });
    }

    /// <summary>Reads a PRAGMA's value (diagnostics and tests).</summary>
    /// <param name="name">The pragma, e.g. <c>journal_mode</c>; letters and underscores only.</param>
    /// <returns>Its value as text.</returns>
    public string ReadPragma(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!name.All(c => char.IsAsciiLetterLower(c) || c == '_'))
        {
            throw new ArgumentException("A pragma name has lowercase letters and underscores only.", nameof(name));
        }

        return Run(session => Convert.ToString(session.Scalar("PRAGMA " + name), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>The schema version recorded in the database.</summary>
    /// <returns>The highest applied migration.</returns>
    public int SchemaVersion() => Run(SchemaMigrator.CurrentVersion);

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private T Run<T>(Func<SqliteSession, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = _idle.TryTake(out var idle) ? idle : new SqliteSession(DatabasePath, _options);
        var healthy = true;
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return work(session);
                }
                catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < _options.BusyRetries)
                {
                    // The busy timeout already waited; back off a little more before trying the whole unit again.
                    EnsureNoTransaction(session);
                    Thread.Sleep(TimeSpan.FromMilliseconds(10 * (1 << attempt)) + TimeSpan.FromMilliseconds(Random.Shared.Next(10)));
                }
            }
        }
        catch (SqliteException)
        {
            healthy = false;
            throw;
        }
        finally
        {
            if (healthy && !_disposed)
            {
                _idle.Add(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    private static void EnsureNoTransaction(SqliteSession session)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(session.Connection.Handle) == 0)
        {
            session.Execute("ROLLBACK");
        }
    }
}
