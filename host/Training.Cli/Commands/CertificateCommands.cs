using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Engine.Certificates;

namespace Training.Cli.Commands;

/// <summary><c>training certificates list|export|issuer-key|verify|expiring</c> (docs/certificates.md, docs/coordinators.md).</summary>
internal static class CertificateCommands
{
    public static Command Create(GlobalOptions options)
    {
        var certificates = new Command("certificates", "Certificates: list, export, verify offline, find those to renew.");
        certificates.Subcommands.Add(List(options));
        certificates.Subcommands.Add(Export(options));
        certificates.Subcommands.Add(IssuerKeyCommand(options));
        certificates.Subcommands.Add(Verify(options));
        certificates.Subcommands.Add(Expiring(options));
        return certificates;
    }

    private static Command List(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var command = new Command("list", "A trainee's certificates.");
        command.Arguments.Add(trainee);
        return command.WithAction(options, (context, parse) =>
        {
            var all = RecordsErrors.Guard(() => context.Records.ListCertificates(parse.GetValue(trainee)!));
            var now = context.Time.GetUtcNow();
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    certificates = all.Select(c => new { id = c.Id, trainee = c.TraineeId, track = c.TrackId, issuedAt = c.IssuedAt, expiresAt = c.ExpiresAt, valid = c.IsValidAt(now) }),
                });
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Id").AddColumn("Track").AddColumn("Issued").AddColumn("Expires").AddColumn("Status");
            foreach (var certificate in all)
            {
                table.AddRow(
                    Markup.Escape(certificate.Id),
                    Markup.Escape(certificate.TrackId),
                    certificate.IssuedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    certificate.ExpiresAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    certificate.IsValidAt(now) ? "[green]valid[/]" : "[red]expired[/]");
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });
    }

    private static Command Export(GlobalOptions options)
    {
        var id = new Argument<string>("ID") { Description = "The certificate id (urn:uuid:…), as listed by 'certificates list'." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write the signed credential (VC-JWT) to.", Required = true, HelpName = "FILE" };
        var command = new Command("export", "Save a certificate's signed credential to a file anyone can verify.");
        command.Arguments.Add(id);
        command.Options.Add(output);
        return command.WithAction(options, (context, parse) =>
        {
            var certificate = RecordsErrors.Guard(() => context.Records.GetCertificate(parse.GetValue(id)!));
            var path = Path.GetFullPath(parse.GetValue(output)!);
            File.WriteAllText(path, certificate.Credential + "\n");
            if (context.Json)
            {
                context.Out.WriteJson(new { id = certificate.Id, file = path });
            }
            else
            {
                context.Out.WriteLine($"Exported {certificate.Id} to {path}. Verify it with 'training certificates verify {parse.GetValue(output)} --issuer-key ISSUER.jwk'.");
            }

            return ExitCodes.Ok;
        });
    }

    private static Command IssuerKeyCommand(GlobalOptions options)
    {
        var output = new Option<string>("--output", "-o") { Description = "The file to write the public key (JWK) to.", Required = true, HelpName = "FILE" };
        var command = new Command("issuer-key", "Export the platform's public issuer key, for verifiers.");
        command.Options.Add(output);
        return command.WithAction(options, (context, parse) =>
        {
            using var key = IssuerKey.LoadOrCreate(context.DataDirectory);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            key.PublicKey.Export(path);
            if (context.Json)
            {
                context.Out.WriteJson(new { keyId = key.KeyId, file = path });
            }
            else
            {
                context.Out.WriteLine($"Exported the public issuer key {key.KeyId} to {path}.");
            }

            return ExitCodes.Ok;
        });
    }

    private static Command Verify(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "The credential file (a VC-JWT)." };
        var issuerKey = new Option<string?>("--issuer-key") { Description = "The issuer's public key (JWK or PEM); default: this data folder's issuer.", HelpName = "FILE" };
        var command = new Command("verify", "Verify a certificate offline: signature, issuer, validity dates. Exit 0 when valid, 1 when not.");
        command.Arguments.Add(file);
        command.Options.Add(issuerKey);
        return command.WithAction(options, (context, parse) =>
        {
            using var key = LoadKey(context, parse.GetValue(issuerKey));
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"The credential file '{path}' does not exist.");
            }

            var result = CertificateVerifier.VerifyFile(path, key, context.Time.GetUtcNow());
            if (context.Json)
            {
                context.Out.WriteJson(result);
            }
            else if (result.Valid)
            {
                context.Out.WriteLine($"valid: {result.TraineeName ?? result.Trainee} completed {result.TrackTitle ?? result.Track} on {result.IssuedAt:yyyy-MM-dd}"
                    + (result.ExpiresAt is { } expires ? $", valid until {expires:yyyy-MM-dd}." : "."));
            }
            else
            {
                context.Out.WriteLine($"invalid: {result.Reason}");
            }

            return result.Valid ? ExitCodes.Ok : ExitCodes.Invalid;
        });
    }

    private static Command Expiring(GlobalOptions options)
    {
        var within = new Option<string>("--within") { Description = "The window: certificates expiring within it, or expired within it (60d, 8w, P60D).", DefaultValueFactory = _ => "60d", HelpName = "DURATION" };
        var command = new Command("expiring", "Certificates to renew: each trainee's latest certificate for a track that expires soon or has just expired.");
        command.Options.Add(within);
        return command.WithAction(options, (context, parse) =>
        {
            var window = WindowText.Parse(parse.GetValue(within)!);
            var due = RecordsErrors.Guard(() => context.Records.ListCertificatesDue(window));
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    withinDays = (int)window.TotalDays,
                    certificates = due.Select(d => new
                    {
                        trainee = d.Certificate.TraineeId,
                        name = d.TraineeName,
                        track = d.Certificate.TrackId,
                        certificateId = d.Certificate.Id,
                        expiresAt = d.Certificate.ExpiresAt,
                        daysLeft = d.DaysLeft,
                    }),
                });
                return ExitCodes.Ok;
            }

            if (due.Count == 0)
            {
                context.Out.WriteLine($"No certificate expires within {(int)window.TotalDays} days or expired in the last {(int)window.TotalDays} days.");
                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Trainee").AddColumn("Name").AddColumn("Track").AddColumn("Certificate").AddColumn("Expires").AddColumn(new TableColumn("Days left").RightAligned());
            foreach (var item in due)
            {
                table.AddRow(
                    Markup.Escape(item.Certificate.TraineeId),
                    Markup.Escape(item.TraineeName),
                    Markup.Escape(item.Certificate.TrackId),
                    Markup.Escape(item.Certificate.Id),
                    item.Certificate.ExpiresAt!.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    item.DaysLeft < 0 ? $"[red]{item.DaysLeft.ToString(CultureInfo.InvariantCulture)}[/]" : item.DaysLeft.ToString(CultureInfo.InvariantCulture));
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });
    }

    private static IssuerPublicKey LoadKey(CliContext context, string? path)
    {
        if (path is null)
        {
            return IssuerKey.FindPublicKey(context.DataDirectory)
                ?? throw new CliException($"This data folder ({context.DataDirectory}) has no issuer key. Pass the issuer's public key with --issuer-key FILE.");
        }

        try
        {
            return IssuerPublicKey.Load(path);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }
}
