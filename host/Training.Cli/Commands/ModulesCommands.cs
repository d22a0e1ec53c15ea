using System.CommandLine;
using Spectre.Console;
using Training.Cli.Hosting;
using Training.Cli.Output;
using Training.Engine.Modules;

namespace Training.Cli.Commands;

/// <summary><c>training modules ...</c>: list, show, validate, new, pack, install.</summary>
internal static class ModulesCommands
{
    public static Command Create(GlobalOptions options)
    {
        var modules = new Command("modules", "Discover, inspect, validate, scaffold, pack and install modules.");
        modules.Subcommands.Add(List(options));
        modules.Subcommands.Add(Show(options));
        modules.Subcommands.Add(ModuleValidateCommand.Create(options));
        modules.Subcommands.Add(ModuleNewCommand.Create(options));
        modules.Subcommands.Add(ModulePackageCommands.Pack(options));
        modules.Subcommands.Add(ModulePackageCommands.Install(options));
        modules.Subcommands.Add(ModulePackageCommands.ApplyBreaking(options));
        return modules;
    }

    private static Command List(GlobalOptions options) =>
        new Command("list", "List every discovered module with its status and diagnostics.").WithAction(options, (context, _) =>
        {
            var catalog = context.Catalog;
            if (context.Json)
            {
                context.Out.WriteJson(new { modules = catalog.Modules.Select(m => ModuleJson.Summary(m, context.Language)) });
                return ExitCodes.Ok;
            }

            if (catalog.Modules.Count == 0)
            {
                context.Out.WriteLine(Texts.Get(context.Language, "no-modules"));
                return ExitCodes.Ok;
            }

            var lang = context.Language;
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "id", "version", "kind", "title", "lessons", "quizzes", "status" })
            {
                table.AddColumn(Texts.Get(lang, column));
            }

            foreach (var module in catalog.Modules)
            {
                table.AddRow(
                    Markup.Escape(module.Id),
                    Markup.Escape(module.Version),
                    ModuleJson.Kind(module),
                    Markup.Escape(module.Title.Get(lang)),
                    module.Lessons.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    module.Quizzes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    module.Status == ModuleStatus.Loaded ? "[green]loaded[/]" : "[red]failed[/]");
            }

            context.Out.Console.Write(table);
            foreach (var module in catalog.Modules.Where(m => m.Diagnostics.Count > 0))
            {
                context.Out.WriteLine();
                context.Out.WriteLine($"{module.Id}:");
                foreach (var diagnostic in module.Diagnostics)
                {
                    context.Out.WriteLine("  " + ModuleJson.Display(diagnostic, context.Verbose));
                }
            }

            return ExitCodes.Ok;
        });

    private static Command Show(GlobalOptions options)
    {
        var id = new Argument<string>("ID") { Description = "The module id." };
        var command = new Command("show", "Show a module: manifest, lessons, quizzes with their settings, tracks and dependencies.");
        command.Arguments.Add(id);
        return command.WithAction(options, (context, parse) =>
        {
            var moduleId = parse.GetValue(id)!;
            var module = context.Catalog.Modules.FirstOrDefault(m => m.Id == moduleId)
                ?? throw new CliException($"Unknown module '{moduleId}'. 'training modules list' shows the installed modules.");
            if (context.Json)
            {
                context.Out.WriteJson(ModuleJson.Details(module, context.Language));
                return ExitCodes.Ok;
            }

            ModuleText.WriteDetails(context, module);
            return ExitCodes.Ok;
        });
    }
}
