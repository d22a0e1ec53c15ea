using System.CommandLine;
using Training.Cli.Hosting;
using Training.Cli.Output;
using Training.Engine.Modules;

namespace Training.Cli.Commands;

/// <summary><c>training modules validate PATH</c>: every check the host makes, without installing anything.</summary>
internal static class ModuleValidateCommand
{
    public static Command Create(GlobalOptions options)
    {
        var path = new Argument<string>("PATH") { Description = "A module folder (or its module.yaml), or a folder of modules." };
        var command = new Command("validate", "Validate a module as the host would load it; exit 0 when valid, 1 when not.");
        command.Arguments.Add(path);
        return command.WithAction(options, (context, parse) =>
        {
            var target = Path.GetFullPath(parse.GetValue(path)!);
            if (File.Exists(target) && Path.GetFileName(target) == "module.yaml")
            {
                target = Path.GetDirectoryName(target)!;
            }

            if (!Directory.Exists(target))
            {
                throw new CliException($"'{parse.GetValue(path)}' does not exist. Give the folder that holds module.yaml.");
            }

            // The module is loaded beside the installed ones, so its requirements resolve as they will once installed.
            var search = context.SearchOptions;
            var catalog = new ModuleCatalogLoader().Load(search with { ExtraDirectories = [.. search.ExtraDirectories, target] });
            using (catalog)
            {
                var validated = catalog.Modules.Where(m => IsUnder(m.Directory, target)).ToList();
                if (validated.Count == 0)
                {
                    throw new CliException($"No module.yaml found in '{target}' or its immediate sub-folders. Create one with 'training modules new ID'.");
                }

                var diagnostics = validated.SelectMany(m => m.Diagnostics).Select(d => PathDisplay.Relative(d)).ToList();
                var valid = validated.All(m => m.Status == ModuleStatus.Loaded);
                if (context.Json)
                {
                    context.Out.WriteJson(new { valid, diagnostics = diagnostics.Select(CliOutput.ToJson) });
                }
                else
                {
                    foreach (var diagnostic in diagnostics)
                    {
                        context.Out.WriteLine(ModuleJson.Display(diagnostic, context.Verbose));
                    }

                    foreach (var module in validated)
                    {
                        var errors = module.Diagnostics.Count(d => d.IsError);
                        var warnings = module.Diagnostics.Count - errors;
                        var name = module.Version.Length == 0 ? module.Id : $"{module.Id} {module.Version}";
                        context.Out.WriteLine(module.Status == ModuleStatus.Loaded
                            ? $"{name}: valid ({module.Lessons.Count} lessons, {module.Quizzes.Count} quizzes, {warnings} warnings)"
                            : $"{name}: invalid ({errors} errors, {warnings} warnings)");
                    }
                }

                return valid ? ExitCodes.Ok : ExitCodes.Invalid;
            }
        });
    }

    private static bool IsUnder(string directory, string root)
    {
        var full = Path.GetFullPath(directory);
        return full == root || full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
