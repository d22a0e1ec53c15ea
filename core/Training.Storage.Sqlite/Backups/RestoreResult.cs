namespace Training.Storage.Sqlite.Backups;

/// <summary>What <see cref="DataFolderBackup.Restore"/> did.</summary>
/// <param name="DatabasePath">The restored database (the data folder's <c>training.db</c>).</param>
/// <param name="PreviousDatabase">Where the records it replaced were kept; null when the data folder had none.</param>
/// <param name="SchemaFrom">The schema version of the backup.</param>
/// <param name="SchemaTo">The schema version of the restored records (the latest this build knows).</param>
/// <param name="Contents">What the backup holds.</param>
/// <param name="IssuerKey">What happened to the issuer key.</param>
/// <param name="PreviousIssuerKey">Where the replaced issuer key was kept, when <see cref="IssuerKey"/> is <see cref="IssuerKeyRestore.Replaced"/>.</param>
public sealed record RestoreResult(
    string DatabasePath,
    string? PreviousDatabase,
    int SchemaFrom,
    int SchemaTo,
    BackupContents Contents,
    IssuerKeyRestore IssuerKey,
    string? PreviousIssuerKey);
