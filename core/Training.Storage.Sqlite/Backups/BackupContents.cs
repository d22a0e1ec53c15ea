namespace Training.Storage.Sqlite.Backups;

/// <summary>What a backup (or any learning-records database given to restore) holds, as checked.</summary>
/// <param name="SchemaVersion">The schema version of its records.</param>
/// <param name="Trainees">The number of trainees.</param>
/// <param name="Events">The number of learning events.</param>
/// <param name="Certificates">The number of certificates.</param>
/// <param name="CreatedAt">When the backup was taken; null for a plain database file (not made by a backup).</param>
/// <param name="IssuerKeyId">The RFC 7638 thumbprint of the issuer key it carries; null when it carries none.</param>
public sealed record BackupContents(int SchemaVersion, long Trainees, long Events, long Certificates, DateTimeOffset? CreatedAt, string? IssuerKeyId);
