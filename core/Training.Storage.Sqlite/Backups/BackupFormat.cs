using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Training.Engine.Records;

namespace Training.Storage.Sqlite.Backups;

/// <summary>
/// A backup is a SQLite database: the records' snapshot plus two tables of its own, so that one file,
/// checked by SQLite's own integrity check, carries everything needed to rebuild the data folder.
/// <c>training_backup</c> describes the backup; <c>training_backup_files</c> carries data-folder files
/// (the issuer key) with their SHA-256, which catches damage inside a value that a b-tree check cannot see.
/// A restore reads and drops both tables before the records go live.
/// </summary>
internal static class BackupFormat
{
    public const int Version = 1;
    public const string ManifestTable = "training_backup";
    public const string FilesTable = "training_backup_files";
    public const string IssuerKeyPath = "keys/issuer-key.pem";

    public static void Write(SqliteConnection backup, DateTimeOffset createdAt, string sourceFolder, int schemaVersion, byte[]? issuerKey)
    {
        SqliteFile.Execute(backup, "BEGIN IMMEDIATE");
        try
        {
            SqliteFile.Execute(backup, $"CREATE TABLE {ManifestTable} (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID");
            SqliteFile.Execute(backup, $"CREATE TABLE {FilesTable} (path TEXT NOT NULL PRIMARY KEY, content BLOB NOT NULL, sha256 TEXT NOT NULL)");
            var written = typeof(BackupFormat).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            foreach (var (name, value) in new[]
            {
                ("format", Version.ToString(CultureInfo.InvariantCulture)),
                ("created_at", createdAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
                ("schema_version", schemaVersion.ToString(CultureInfo.InvariantCulture)),
                ("source", sourceFolder),
                ("written_by", "Training.Storage.Sqlite " + written),
            })
            {
                SqliteFile.Execute(backup, $"INSERT INTO {ManifestTable} (name, value) VALUES ($n, $v)", ("$n", name), ("$v", value));
            }

            if (issuerKey is not null)
            {
                SqliteFile.Execute(
                    backup,
                    $"INSERT INTO {FilesTable} (path, content, sha256) VALUES ($p, $c, $h)",
                    ("$p", IssuerKeyPath),
                    ("$c", issuerKey),
                    ("$h", Convert.ToHexStringLower(SHA256.HashData(issuerKey))));
            }

            SqliteFile.Execute(backup, "COMMIT");
        }
        catch
        {
            SqliteFile.Execute(backup, "ROLLBACK");
            throw;
        }
    }

    /// <summary>Reads the manifest and carried key of a candidate; a plain database file has neither.</summary>
    public static (DateTimeOffset? CreatedAt, byte[]? IssuerKey) Read(SqliteConnection candidate, string subject, string consequence)
    {
        DateTimeOffset? createdAt = null;
        if (SqliteFile.HasTable(candidate, ManifestTable))
        {
            var manifest = SqliteFile.Rows(candidate, $"SELECT name, value FROM {ManifestTable}", r => (Name: r.GetString(0), Value: r.GetString(1)))
                .ToDictionary(row => row.Name, row => row.Value, StringComparer.Ordinal);
            if (!manifest.TryGetValue("format", out var format) || !int.TryParse(format, CultureInfo.InvariantCulture, out var version))
            {
                throw Damaged(subject, $"its {ManifestTable} table has no format version", consequence);
            }

            if (version > Version)
            {
                throw new LearningRecordsException(
                    LearningRecordsErrorKind.Refused,
                    $"{subject} is a backup in format {version}, made by a newer version of Training (this one reads format {Version}). Restore it with that version or newer. Nothing was changed.");
            }

            if (manifest.TryGetValue("created_at", out var created)
                && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                createdAt = at;
            }
        }

        byte[]? key = null;
        if (SqliteFile.HasTable(candidate, FilesTable))
        {
            foreach (var (path, content, sha) in SqliteFile.Rows(candidate, $"SELECT path, content, sha256 FROM {FilesTable}", r => (r.GetString(0), (byte[])r.GetValue(1), r.GetString(2))))
            {
                if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), sha, StringComparison.Ordinal))
                {
                    throw Damaged(subject, $"the copy of {path} it carries does not match its SHA-256", consequence);
                }

                if (path == IssuerKeyPath)
                {
                    key = content;
                }
            }
        }

        return (createdAt, key);
    }

    /// <summary>Removes the backup's own tables so that only the records remain.</summary>
    public static void Strip(SqliteConnection candidate)
    {
        SqliteFile.Execute(candidate, $"DROP TABLE IF EXISTS {ManifestTable}");
        SqliteFile.Execute(candidate, $"DROP TABLE IF EXISTS {FilesTable}");
    }

    public static LearningRecordsException Damaged(string subject, string what, string consequence) => new(
        LearningRecordsErrorKind.Invalid,
        $"{subject} is damaged: {what.TrimEnd('.')}. {consequence}");
}
