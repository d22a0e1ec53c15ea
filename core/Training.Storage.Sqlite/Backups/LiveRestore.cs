using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Training.Engine.Records;

namespace Training.Storage.Sqlite.Backups;

/// <summary>
/// Replaces the live database's content with a checked, migrated working copy.
/// </summary>
/// <remarks>
/// The copy goes through SQLite's backup API <em>into</em> the live database's own connection rather
/// than by swapping files: other processes may hold <c>training.db</c> open (with its -wal and -shm),
/// and a file renamed under them would keep receiving their writes, or lose them. Through the API the
/// replacement is one ordinary write transaction: other writers wait on their busy timeout, readers
/// keep their snapshot, and everyone sees the restored records afterwards.
/// The first step copies no page but takes the write lock; the previous records are set aside while
/// it is held, so no commit can fall between the copy kept aside and the restore. That copy goes
/// through the backup API as well, so commits still in the -wal are in it without a checkpoint or a
/// copy of the -wal and -shm files.
/// </remarks>
internal static class LiveRestore
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    /// <returns>Where the previous records were kept; null when the live database had none.</returns>
    public static string? Replace(string live, string working, Func<string> asidePath, SqliteStoreOptions options)
    {
        try
        {
            return ReplaceContent(live, working, asidePath, options);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw LiveDamaged(live, e.Message);
        }
    }

    private static string? ReplaceContent(string live, string working, Func<string> asidePath, SqliteStoreOptions options)
    {
        using var destination = SqliteFile.Open(live, SqliteOpenMode.ReadWriteCreate, options.BusyTimeout);
        var hadRecords = SqliteFile.Long(destination, "PRAGMA page_count") > 0;
        using var source = SqliteFile.Open(working, SqliteOpenMode.ReadWrite, options.BusyTimeout);
        if (hadRecords)
        {
            MatchPageSize(source, SqliteFile.Long(destination, "PRAGMA page_size"));
        }

        using var backup = raw.sqlite3_backup_init(destination.Handle, "main", source.Handle, "main");
        if (backup is null || backup.IsInvalid)
        {
            throw Failure(destination, "could not start");
        }

        string? aside = null;
        var done = false;
        try
        {
            LockDestination(backup, destination, live, options);
            if (hadRecords)
            {
                aside = asidePath();
                SetAside(live, aside, options);
            }

            var rc = raw.sqlite3_backup_step(backup, -1);
            if (rc != raw.SQLITE_DONE)
            {
                throw Failure(destination, "could not copy the backup into " + live, rc);
            }

            done = true;
        }
        finally
        {
            // Without DONE this rolls the destination back: the live records stay as they were.
            raw.sqlite3_backup_finish(backup);
            if (!done && aside is not null)
            {
                SqliteFile.DeleteWithSidecars(aside);
            }
        }

        SqliteFile.Scalar(destination, "PRAGMA journal_mode=WAL");
        var check = SqliteFile.Rows(destination, "PRAGMA quick_check", r => r.GetString(0));
        if (check is not ["ok"])
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"The restored database '{live}' fails SQLite's check ({string.Join("; ", check)})."
                + (aside is null ? string.Empty : $" The previous records are in '{aside}'."));
        }

        return aside;
    }

    /// <summary>Takes the write lock on the live database (waiting, then retrying, while another process writes).</summary>
    private static void LockDestination(sqlite3_backup backup, SqliteConnection destination, string live, SqliteStoreOptions options)
    {
        for (var attempt = 0; ; attempt++)
        {
            var rc = raw.sqlite3_backup_step(backup, 0);
            if (rc == raw.SQLITE_OK)
            {
                return;
            }

            if ((rc == raw.SQLITE_BUSY || rc == raw.SQLITE_LOCKED) && attempt < options.BusyRetries)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(50 * (1 << attempt)));
                continue;
            }

            if (rc == raw.SQLITE_BUSY || rc == raw.SQLITE_LOCKED)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.Conflict,
                    $"Another process kept '{live}' busy writing; nothing was changed. Try again, or stop the processes that record into it first.");
            }

            throw Failure(destination, "could not lock " + live, rc);
        }
    }

    /// <summary>Copies the live records (WAL included) to <paramref name="aside"/>, whole or not at all.</summary>
    private static void SetAside(string live, string aside, SqliteStoreOptions options)
    {
        var temporary = aside + ".tmp";
        SqliteFile.DeleteWithSidecars(temporary);
        try
        {
            SqliteFile.CreateOwnerOnly(temporary);
            using (var reader = SqliteFile.Open(live, SqliteOpenMode.ReadWrite, options.BusyTimeout))
            using (var copy = SqliteFile.Open(temporary, SqliteOpenMode.ReadWrite, options.BusyTimeout))
            {
                reader.BackupDatabase(copy);
                SqliteFile.Scalar(copy, "PRAGMA journal_mode=DELETE");
            }

            SqliteFile.FlushToDisk(temporary);
            File.Move(temporary, aside, overwrite: false);
        }
        finally
        {
            SqliteFile.DeleteWithSidecars(temporary);
        }
    }

    /// <summary>A WAL database cannot take pages of another size: rebuild the working copy at the live page size.</summary>
    private static void MatchPageSize(SqliteConnection source, long pageSize)
    {
        if (SqliteFile.Long(source, "PRAGMA page_size") == pageSize)
        {
            return;
        }

        SqliteFile.Scalar(source, "PRAGMA journal_mode=DELETE");
        SqliteFile.Execute(source, "PRAGMA page_size=" + pageSize.ToString(CultureInfo.InvariantCulture));
        SqliteFile.Execute(source, "VACUUM");
    }

    private static LearningRecordsException Failure(SqliteConnection connection, string what, int? rc = null)
    {
        var message = raw.sqlite3_errmsg(connection.Handle).utf8_to_string();
        return (rc & 0xFF) is SqliteCorrupt or SqliteNotADatabase
            ? LiveDamaged(connection.DataSource, message)
            : new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"The restore {what}: {message}{(rc is { } code ? $" (SQLite code {code})" : string.Empty)}. Nothing was changed.");
    }

    // Pages are copied as they are, so damage inside the live database does not stop a restore; a
    // live file SQLite cannot open at all cannot be kept aside through SQLite, so the operator moves it.
    private static LearningRecordsException LiveDamaged(string live, string detail) => new(
        LearningRecordsErrorKind.Invalid,
        $"The live database '{live}' is damaged ({detail.TrimEnd('.')}), so its records cannot be kept aside before the restore. "
        + $"Stop every process that uses it, move it (with its -wal and -shm files) out of '{Path.GetDirectoryName(live)}', then restore again. Nothing was changed.");
}
