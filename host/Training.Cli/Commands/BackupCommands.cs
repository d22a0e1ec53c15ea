using System.CommandLine;
using System.Globalization;
using Training.Cli.Hosting;
using Training.Engine.Certificates;
using Training.Storage.Sqlite.Backups;

namespace Training.Cli.Commands;

/// <summary><c>training backup</c> and <c>training restore</c> (docs/operations.md).</summary>
internal static class BackupCommands
{
    public static Command Backup(GlobalOptions options)
    {
        var output = new Option<string>("--output", "-o") { Description = "The backup file to write (an existing one is replaced only once the new backup is complete and checked).", Required = true, HelpName = "FILE" };
        var noKey = new Option<bool>("--no-issuer-key") { Description = "Leave the certificate issuer key out of the backup (then keep keys/issuer-key.pem safe yourself)." };
        var command = new Command("backup", "Back up the learning records and the certificate issuer key to one file, while others keep recording.");
        command.Options.Add(output);
        command.Options.Add(noKey);
        return command.WithAction(options, (context, parse) =>
        {
            var backupOptions = new BackupOptions { IncludeIssuerKey = !parse.GetValue(noKey), Store = context.StoreOptions() };
            var result = RecordsErrors.Guard(() => DataFolderBackup.Create(context.DataDirectory, parse.GetValue(output)!, backupOptions));
            var contents = result.Contents;
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    file = result.Path,
                    bytes = result.Bytes,
                    createdAt = contents.CreatedAt,
                    schemaVersion = contents.SchemaVersion,
                    trainees = contents.Trainees,
                    events = contents.Events,
                    certificates = contents.Certificates,
                    issuerKeyId = contents.IssuerKeyId,
                });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"Backed up the learning records of {context.DataDirectory} to {result.Path} ({result.Bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, schema version {contents.SchemaVersion}): {Summary(contents)}.");
            context.Out.WriteLine(contents.IssuerKeyId is { } keyId
                ? $"The certificate issuer key ({keyId}) is in the backup: keep the file private."
                : parse.GetValue(noKey)
                    ? $"The certificate issuer key is not in the backup (--no-issuer-key): keep {IssuerKey.PathIn(context.DataDirectory)} safe yourself."
                    : "The data folder has no certificate issuer key yet (no certificate was issued).");
            return ExitCodes.Ok;
        });
    }

    public static Command Restore(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "The backup made by 'training backup' (or a training.db kept aside by an earlier restore)." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: the data folder's learning records are replaced by the backup's (the current ones are kept aside)." };
        var command = new Command("restore", "Check a backup, then replace the learning records (and issuer key) with it; the current records are kept aside.");
        command.Arguments.Add(file);
        command.Options.Add(yes);
        return command.WithAction(options, (context, parse) =>
        {
            var source = parse.GetValue(file)!;
            var store = context.StoreOptions();
            if (!parse.GetValue(yes))
            {
                // Check the file first, so the confirmation says what would be restored.
                var found = RecordsErrors.Guard(() => DataFolderBackup.Inspect(source, store));
                throw new CliException(
                    $"This replaces the learning records in {context.DataDirectory} with those of {source} ({Taken(found)}{Summary(found)}). "
                    + "Run again with --yes to confirm; the current records will be kept as training.db.before-restore-<UTC time>.");
            }

            var result = RecordsErrors.Guard(() => DataFolderBackup.Restore(context.DataDirectory, source, store));
            var contents = result.Contents;
            var warning = contents.Certificates > 0 && !File.Exists(IssuerKey.PathIn(context.DataDirectory))
                ? $"The restored records hold {contents.Certificates} certificate(s) but this data folder has no issuer key: put back keys/issuer-key.pem from where you keep it, or they cannot be verified against this platform."
                : null;
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    restored = true,
                    file = Path.GetFullPath(source),
                    database = result.DatabasePath,
                    previous = result.PreviousDatabase,
                    createdAt = contents.CreatedAt,
                    schemaFrom = result.SchemaFrom,
                    schemaTo = result.SchemaTo,
                    trainees = contents.Trainees,
                    events = contents.Events,
                    certificates = contents.Certificates,
                    issuerKey = result.IssuerKey,
                    issuerKeyId = contents.IssuerKeyId,
                    previousIssuerKey = result.PreviousIssuerKey,
                    warnings = warning is null ? Array.Empty<string>() : [warning],
                });
                return ExitCodes.Ok;
            }

            var schema = result.SchemaFrom == result.SchemaTo ? $"schema version {result.SchemaTo}" : $"schema version {result.SchemaFrom}, upgraded to {result.SchemaTo}";
            context.Out.WriteLine($"Restored the learning records of {context.DataDirectory} from {source} ({Taken(contents)}{schema}): {Summary(contents)}.");
            context.Out.WriteLine(result.PreviousDatabase is { } previous
                ? $"The records it replaced are kept in {previous} (undo with 'training restore {previous} --yes')."
                : "The data folder had no learning records before.");
            context.Out.WriteLine(result.IssuerKey switch
            {
                IssuerKeyRestore.Installed => $"Installed the backup's certificate issuer key ({contents.IssuerKeyId}).",
                IssuerKeyRestore.Unchanged => $"The certificate issuer key is the backup's already ({contents.IssuerKeyId}).",
                IssuerKeyRestore.Replaced => $"Installed the backup's certificate issuer key ({contents.IssuerKeyId}); the different key the data folder had is kept in {result.PreviousIssuerKey} (certificates it signed verify only with it).",
                _ => "The backup carries no certificate issuer key: the data folder's key was left as it was.",
            });
            if (warning is not null)
            {
                context.Out.Error("warning: " + warning);
            }

            return ExitCodes.Ok;
        });
    }

    private static string Summary(BackupContents contents) =>
        $"{contents.Trainees} trainee(s), {contents.Events} event(s), {contents.Certificates} certificate(s)";

    private static string Taken(BackupContents contents) => contents.CreatedAt is { } at
        ? $"taken {at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, "
        : string.Empty;
}
