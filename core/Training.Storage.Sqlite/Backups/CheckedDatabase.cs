namespace Training.Storage.Sqlite.Backups;

/// <summary>A database that passed <see cref="CandidateDatabase.Check"/>: what it holds, and the issuer key it carries.</summary>
internal sealed record CheckedDatabase(BackupContents Contents, byte[]? IssuerKey);
