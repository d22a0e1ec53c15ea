namespace Training.Storage.Sqlite.Backups;

/// <summary>What a restore did with the certificate issuer key.</summary>
public enum IssuerKeyRestore
{
    /// <summary>The backup carries no key: the data folder's key, if any, was left as it was.</summary>
    NotInBackup,

    /// <summary>The data folder had no key: the backup's was installed.</summary>
    Installed,

    /// <summary>The data folder already had the backup's key.</summary>
    Unchanged,

    /// <summary>The data folder had another key: it was kept aside and the backup's installed.</summary>
    Replaced,
}
