using System.CommandLine;
using Training.Cli.Hosting;
using Training.Cli.Output;
using Training.Engine.Modules;
using Training.Engine.Packaging;
using Training.Engine.Records.Upgrades;

namespace Training.Cli.Commands;

/// <summary><c>training modules pack</c> and <c>training modules install</c> (docs/packages.md).</summary>
internal static class ModulePackageCommands
{
    public static Command Pack(GlobalOptions options)
    {
        var directory = new Argument<string>("DIR") { Description = "The module folder (for a code plugin, its build output)." };
        var output = new Option<string?>("--output", "-o") { Description = "The .zip to write, or a folder for <id>-<version>.zip (default: beside DIR).", HelpName = "FILE" };
        var command = new Command("pack", "Validate a module, then write a .zip package carrying a SHA-256 list of its files.");
        command.Arguments.Add(directory);
        command.Options.Add(output);
        return command.WithAction(options, (context, parse) =>
        {
            var source = Path.GetFullPath(parse.GetValue(directory)!);
            if (!Directory.Exists(source))
            {
                throw new CliException($"'{parse.GetValue(directory)}' does not exist. Give the folder that holds module.yaml.");
            }

            var target = parse.GetValue(output) is { } given ? Path.GetFullPath(given) : null;
            var result = new ModulePackager(new ModuleFolderInspector(context.SearchOptions)).Pack(source, target);
            var diagnostics = result.Diagnostics.Select(PathDisplay.Relative).ToList();
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    packed = result.Succeeded,
                    package = result.PackagePath,
                    id = result.Id,
                    version = result.Version,
                    files = result.FileCount,
                    diagnostics = diagnostics.Select(CliOutput.ToJson),
                });
            }
            else
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.Out.WriteLine(ModuleJson.Display(diagnostic, context.Verbose));
                }

                if (result.Succeeded)
                {
                    context.Out.WriteLine($"Packed {result.Id} {result.Version} ({result.FileCount} files) into {result.PackagePath}");
                }
                else
                {
                    context.Out.Error($"error: {source} was not packed: fix the errors above.");
                }
            }

            return result.Succeeded ? ExitCodes.Ok : ExitCodes.Invalid;
        });
    }

    public static Command ApplyBreaking(GlobalOptions options)
    {
        var id = new Argument<string>("ID") { Description = "The module whose installed version declares 'breaking: true'." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: completions of this module are reset for every trainee (history is kept)." };
        var command = new Command("apply-breaking", "Apply a breaking module upgrade: trainees must complete the module again.");
        command.Arguments.Add(id);
        command.Options.Add(yes);
        return command.WithAction(options, (context, parse) =>
        {
            if (!parse.GetValue(yes))
            {
                throw new CliException("This resets the module's completions for every trainee. Run again with --yes to confirm.");
            }

            var moduleId = parse.GetValue(id)!;
            var reset = RecordsErrors.Guard(() => context.Records.ApplyBreakingUpgrade(moduleId));
            if (context.Json)
            {
                context.Out.WriteJson(new { module = moduleId, completionsReset = reset });
            }
            else
            {
                context.Out.WriteLine($"Applied the breaking upgrade of {moduleId}: {reset} completion(s) reset; every recorded event is kept.");
            }

            return ExitCodes.Ok;
        });
    }

    public static Command Install(GlobalOptions options)
    {
        var file = new Argument<string>("FILE") { Description = "The module package (.zip) made by 'training modules pack'." };
        var force = new Option<bool>("--force") { Description = "Replace a newer or identical installed version." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check everything and say what would change, without installing." };
        var command = new Command("install", "Verify a package and install it into the data folder's modules/.");
        command.Arguments.Add(file);
        command.Options.Add(force);
        command.Options.Add(dryRun);
        return command.WithAction(options, (context, parse) =>
        {
            var package = Path.GetFullPath(parse.GetValue(file)!);
            Directory.CreateDirectory(context.InstalledModulesDirectory);
            var shipped = context.SearchOptions.ShippedDirectory is { } shippedDirectory ? new[] { shippedDirectory } : [];
            var installer = new PackageInstaller(new ModuleFolderInspector(context.SearchOptions), summarizeUpgrade: (previous, incoming) => UpgradeText.Describe(context.Records, previous, incoming), shippedDirectories: shipped);
            var result = installer.Install(package, context.InstalledModulesDirectory, parse.GetValue(force), parse.GetValue(dryRun));
            var diagnostics = result.Diagnostics.Select(PathDisplay.Relative).ToList();
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    installed = result.Succeeded && !result.DryRun,
                    dryRun = result.DryRun,
                    id = result.Id,
                    version = result.Version,
                    previousVersion = result.PreviousVersion,
                    path = result.TargetPath,
                    changes = result.UpgradeSummary,
                    diagnostics = diagnostics.Select(CliOutput.ToJson),
                });
            }
            else
            {
                foreach (var diagnostic in diagnostics)
                {
                    context.Out.WriteLine(ModuleJson.Display(diagnostic, context.Verbose));
                }

                foreach (var change in result.UpgradeSummary)
                {
                    context.Out.WriteLine("  " + change);
                }

                if (result.Succeeded)
                {
                    var verb = result.DryRun ? "Would install" : "Installed";
                    var from = result.PreviousVersion is null ? string.Empty : $" (replacing {result.PreviousVersion})";
                    context.Out.WriteLine($"{verb} {result.Id} {result.Version}{from} into {result.TargetPath}");
                }
                else
                {
                    context.Out.Error($"error: {parse.GetValue(file)} was not installed: fix the errors above.");
                }
            }

            return result.Succeeded ? ExitCodes.Ok : ExitCodes.Invalid;
        });
    }
}
