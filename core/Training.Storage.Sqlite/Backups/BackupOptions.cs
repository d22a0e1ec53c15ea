namespace Training.Storage.Sqlite.Backups;

/// <summary>How <see cref="DataFolderBackup.Create"/> backs up a data folder.</summary>
public sealed record BackupOptions
{
    /// <summary>
    /// Whether the backup carries the certificate issuer key (<c>keys/issuer-key.pem</c>) when the
    /// data folder has one. True by default: without it, no certificate in the records can be
    /// verified against the restored platform. Turn it off only when the key is kept safe elsewhere.
    /// </summary>
    public bool IncludeIssuerKey { get; init; } = true;

    /// <summary>The store options (busy timeout, clock); <see cref="SqliteStoreOptions.FromEnvironment"/> when null.</summary>
    public SqliteStoreOptions? Store { get; init; }
}
