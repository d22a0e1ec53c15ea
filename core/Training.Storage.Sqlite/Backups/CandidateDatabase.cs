using Microsoft.Data.Sqlite;
using Training.Engine.Records;
using Training.Storage.Sqlite.Migrations;

namespace Training.Storage.Sqlite.Backups;

/// <summary>A database offered for restore, copied to a private working file and checked there (the original is never written).</summary>
internal static class CandidateDatabase
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const string RestoreConsequence = "It cannot be restored; use another backup. Nothing was changed.";

    /// <summary>Copies <paramref name="source"/> to <paramref name="working"/> and checks the copy.</summary>
    public static CheckedDatabase Load(string source, string working, SqliteStoreOptions options)
    {
        var subject = $"'{source}'";
        if (Directory.Exists(source))
        {
            throw Invalid($"{subject} is a folder; give the backup file made by 'training backup'.");
        }

        if (!File.Exists(source))
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"{subject} does not exist. Give the backup file made by 'training backup'.");
        }

        if (!SqliteFile.HasSqliteHeader(source))
        {
            throw Invalid($"{subject} is not a SQLite database (it does not start with the SQLite header), so it is not a backup made by 'training backup'. Nothing was changed.");
        }

        // A plain copy: the file is a backup at rest, and a copy cannot change it. A WAL left beside a
        // copied training.db is copied too, so its last commits are not silently dropped.
        File.Copy(source, working);
        if (File.Exists(source + "-wal"))
        {
            File.Copy(source + "-wal", working + "-wal");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(working, OwnerOnly);
        }

        try
        {
            using var connection = SqliteFile.Open(working, SqliteOpenMode.ReadWrite, options.BusyTimeout);
            // One self-contained file from here on (replays and removes a copied WAL).
            SqliteFile.Scalar(connection, "PRAGMA journal_mode=DELETE");
            return Check(connection, subject, RestoreConsequence, refuseNewer: true);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw BackupFormat.Damaged(subject, e.Message, RestoreConsequence);
        }
    }

    /// <summary>
    /// Checks an open database: SQLite's integrity and foreign-key checks, then that it holds
    /// Training learning records of a schema version this build knows.
    /// </summary>
    public static CheckedDatabase Check(SqliteConnection connection, string subject, string consequence, bool refuseNewer)
    {
        try
        {
            var problems = SqliteFile.Rows(connection, "PRAGMA integrity_check(5)", r => r.GetString(0));
            if (problems is not ["ok"])
            {
                throw BackupFormat.Damaged(subject, "SQLite's integrity check reports " + string.Join("; ", problems), consequence);
            }

            var broken = SqliteFile.Rows(connection, "PRAGMA foreign_key_check", r => r.GetString(0)).Distinct().ToList();
            if (broken.Count > 0)
            {
                throw BackupFormat.Damaged(subject, "rows of " + string.Join(", ", broken) + " refer to rows that do not exist", consequence);
            }

            if (!SqliteFile.HasTable(connection, "schema_migrations") || !SqliteFile.HasTable(connection, "events"))
            {
                throw Invalid($"{subject} is a SQLite database but not Training learning records (it has no schema_migrations or events table). {consequence}");
            }

            var versions = SqliteFile.Rows(connection, "SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt64(0));
            if (versions.Count == 0 || versions[0] < 1)
            {
                throw Invalid($"{subject} has no valid schema version recorded in schema_migrations. {consequence}");
            }

            var version = (int)Math.Min(versions[^1], int.MaxValue);
            if (refuseNewer && version > SchemaSteps.Latest)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.Refused,
                    $"{subject} holds learning records of schema version {version}, newer than this version of Training knows ({SchemaSteps.Latest}). Upgrade Training, then restore it. Nothing was changed.");
            }

            var (createdAt, key) = BackupFormat.Read(connection, subject, consequence);
            var keyId = key is null ? null : IssuerKeyFile.KeyId(key, $"The issuer key carried by {subject}");
            var contents = new BackupContents(
                version,
                SqliteFile.Long(connection, "SELECT count(*) FROM trainees"),
                SqliteFile.Long(connection, "SELECT count(*) FROM events"),
                SqliteFile.Long(connection, "SELECT count(*) FROM certificates"),
                createdAt,
                keyId);
            return new CheckedDatabase(contents, key);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            throw BackupFormat.Damaged(subject, e.Message, consequence);
        }
        catch (SqliteException e)
        {
            throw Invalid($"{subject} cannot be read as Training learning records: {e.Message}. {consequence}");
        }
    }

    private static LearningRecordsException Invalid(string message) => new(LearningRecordsErrorKind.Invalid, message);
}
