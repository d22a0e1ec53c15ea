using System.Globalization;
using Microsoft.Data.Sqlite;
using Training.Engine.Certificates;
using Training.Engine.Records;
using Training.Storage.Sqlite.Migrations;

namespace Training.Storage.Sqlite.Backups;

/// <summary>
/// Backs up and restores a data folder's learning records (<c>training.db</c>) together with its
/// certificate issuer key, as one SQLite file (docs/operations.md).
/// </summary>
/// <remarks>
/// A backup is an online snapshot: SQLite's backup API copies the database in one read transaction,
/// which in WAL mode sees one consistent state while other processes keep recording. It is written to
/// a temporary file, checked, flushed, then renamed over the target, so the target is never a
/// half-written file. A restore checks the file first, brings it to the current schema on a private
/// copy, keeps the previous records beside <c>training.db</c>, and only then replaces them.
/// </remarks>
public static class DataFolderBackup
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Writes a verified backup of a data folder's records (and, by default, its issuer key) to a file.</summary>
    /// <param name="dataFolder">The data folder holding <c>training.db</c>.</param>
    /// <param name="destination">The backup file to write; an existing file is replaced only once the new backup is complete and checked.</param>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>The backup written.</returns>
    /// <exception cref="LearningRecordsException">No records to back up (NotFound); a bad destination, an unreadable issuer key or damaged live records (Invalid); the database stayed busy (Conflict).</exception>
    public static BackupResult Create(string dataFolder, string destination, BackupOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var store = options?.Store ?? SqliteStoreOptions.FromEnvironment();
        var folder = Path.GetFullPath(dataFolder);
        var live = Path.Combine(folder, SqliteStoreOptions.DatabaseFileName);
        var target = Path.GetFullPath(destination);
        if (!File.Exists(live))
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.NotFound, $"There are no learning records to back up in '{folder}' (no {SqliteStoreOptions.DatabaseFileName}). Check --data or TRAINING_DATA.");
        }

        if (IsLiveFile(target, live))
        {
            throw Invalid($"'{target}' is the live database or one of its files; write the backup to another file.");
        }

        if (Directory.Exists(target))
        {
            throw Invalid($"'{target}' is a folder; give the backup's file name, e.g. '{Path.Combine(target, "training-" + store.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".db")}'.");
        }

        var targetFolder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(targetFolder))
        {
            throw Invalid($"The folder '{targetFolder}' does not exist; create it, then back up again.");
        }

        byte[]? key = null;
        var keyPath = IssuerKey.PathIn(folder);
        if (options?.IncludeIssuerKey != false && File.Exists(keyPath))
        {
            key = File.ReadAllBytes(keyPath);
            _ = IssuerKeyFile.KeyId(key, $"The issuer key '{keyPath}'");
        }

        var temporary = Path.Combine(targetFolder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            SqliteFile.CreateOwnerOnly(temporary);
            Snapshot(live, temporary, store);
            CheckedDatabase written;
            using (var copy = SqliteFile.Open(temporary, SqliteOpenMode.ReadWrite, store.BusyTimeout))
            {
                // A backup is one self-contained file: no WAL to carry along or lose.
                SqliteFile.Scalar(copy, "PRAGMA journal_mode=DELETE");
                var version = (int)SqliteFile.Long(copy, "SELECT coalesce(max(version), 0) FROM schema_migrations");
                BackupFormat.Write(copy, store.Time.GetUtcNow(), folder, version, key);
                written = CandidateDatabase.Check(
                    copy,
                    $"The snapshot of '{live}'",
                    $"No backup was written to '{target}'; the live database needs attention (see docs/operations.md).",
                    refuseNewer: false);
            }

            SqliteFile.FlushToDisk(temporary);
            File.Move(temporary, target, overwrite: true);
            return new BackupResult(target, new FileInfo(target).Length, written.Contents);
        }
        finally
        {
            SqliteFile.DeleteWithSidecars(temporary);
        }
    }

    /// <summary>Checks a backup without changing anything: what <see cref="Restore"/> would restore.</summary>
    /// <param name="file">The backup file (or a plain <c>training.db</c>).</param>
    /// <param name="options">The store options; defaults when null.</param>
    /// <returns>What it holds.</returns>
    /// <exception cref="LearningRecordsException">The file is missing (NotFound), not a valid backup (Invalid), or from a newer Training (Refused).</exception>
    public static BackupContents Inspect(string file, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var working = Path.Combine(Path.GetTempPath(), "training-inspect-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            return CandidateDatabase.Load(Path.GetFullPath(file), working, options ?? SqliteStoreOptions.FromEnvironment()).Contents;
        }
        finally
        {
            SqliteFile.DeleteWithSidecars(working);
        }
    }

    /// <summary>
    /// Replaces a data folder's records with a backup's, after checking it and bringing it to the
    /// current schema; the previous records are kept as <c>training.db.before-restore-&lt;UTC time&gt;</c>.
    /// The backup's issuer key is installed (a different key already there is kept aside, never lost).
    /// </summary>
    /// <param name="dataFolder">The data folder to restore into (created if missing).</param>
    /// <param name="source">The backup file (or a plain <c>training.db</c>, e.g. one kept aside by an earlier restore).</param>
    /// <param name="options">The store options; defaults when null.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="LearningRecordsException">The file is missing (NotFound), not a valid backup (Invalid), from a newer Training (Refused), or the database stayed busy (Conflict); nothing was changed.</exception>
    public static RestoreResult Restore(string dataFolder, string source, SqliteStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var store = options ?? SqliteStoreOptions.FromEnvironment();
        var folder = Path.GetFullPath(dataFolder);
        var live = Path.Combine(folder, SqliteStoreOptions.DatabaseFileName);
        var sourcePath = Path.GetFullPath(source);
        if (IsLiveFile(sourcePath, live))
        {
            throw Invalid($"'{sourcePath}' is the live database itself; give a backup file.");
        }

        Directory.CreateDirectory(folder);
        var working = Path.Combine(folder, ".restore-" + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var candidate = CandidateDatabase.Load(sourcePath, working, store);
            using (var connection = SqliteFile.Open(working, SqliteOpenMode.ReadWrite, store.BusyTimeout))
            {
                BackupFormat.Strip(connection);
            }

            BringUpToDate(working, sourcePath, store);
            var stamp = store.Time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var aside = LiveRestore.Replace(live, working, () => IssuerKeyFile.Unused(live + ".before-restore-" + stamp), store);
            var (keyOutcome, previousKey) = candidate.IssuerKey is { } key
                ? IssuerKeyFile.Install(folder, key, stamp)
                : (IssuerKeyRestore.NotInBackup, null);
            return new RestoreResult(live, aside, candidate.Contents.SchemaVersion, SchemaSteps.Latest, candidate.Contents, keyOutcome, previousKey);
        }
        finally
        {
            SqliteFile.DeleteWithSidecars(working);
        }
    }

    /// <summary>Copies the live database in one step, i.e. one read transaction: a consistent snapshot while others write.</summary>
    private static void Snapshot(string live, string copyPath, SqliteStoreOptions store)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var source = SqliteFile.Open(live, SqliteOpenMode.ReadWrite, store.BusyTimeout);
                using var copy = SqliteFile.Open(copyPath, SqliteOpenMode.ReadWrite, store.BusyTimeout);
                source.BackupDatabase(copy);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < store.BusyRetries)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(50 * (1 << attempt)));
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked)
            {
                throw new LearningRecordsException(LearningRecordsErrorKind.Conflict, $"'{live}' stayed busy; no backup was written. Try again.", e);
            }
        }
    }

    /// <summary>Applies the missing schema steps to the working copy, exactly as opening an older database does.</summary>
    private static void BringUpToDate(string working, string source, SqliteStoreOptions store)
    {
        try
        {
            new SqliteLearningStore(working, store).Dispose();
        }
        catch (SqliteException e)
        {
            throw Invalid($"'{source}' could not be brought to schema version {SchemaSteps.Latest}: {e.Message}. Nothing was changed.");
        }
    }

    private static bool IsLiveFile(string path, string live)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return new[] { live, live + "-wal", live + "-shm", live + "-journal" }.Any(file => string.Equals(path, file, comparison));
    }

    private static LearningRecordsException Invalid(string message) => new(LearningRecordsErrorKind.Invalid, message);
}
