namespace Training.Storage.Sqlite.Backups;

/// <summary>A backup written and verified by <see cref="DataFolderBackup.Create"/>.</summary>
/// <param name="Path">The backup file's full path.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Contents">What it holds (read back from the written file).</param>
public sealed record BackupResult(string Path, long Bytes, BackupContents Contents);
