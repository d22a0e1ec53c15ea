using System.CommandLine;
using Training.Cli.Hosting;
using Training.Engine.Authoring;

namespace Training.Cli.Commands;

/// <summary><c>training modules new ID [-o DIR] [--code]</c>: a module that validates as is.</summary>
internal static class ModuleNewCommand
{
    public static Command Create(GlobalOptions options)
    {
        var id = new Argument<string>("ID") { Description = "The module id, 'region.name' (e.g. bretagne.e-reputation)." };
        var output = new Option<string?>("--output", "-o") { Description = "The folder to create (default: ./ID).", HelpName = "DIR" };
        var code = new Option<bool>("--code") { Description = "Scaffold a code plugin project (C#) instead of a content pack." };
        var command = new Command("new", "Scaffold a module: manifest, a lesson in French and English, a GIFT quiz.");
        command.Arguments.Add(id);
        command.Options.Add(output);
        command.Options.Add(code);
        return command.WithAction(options, (context, parse) =>
        {
            var moduleId = parse.GetValue(id)!;
            var directory = Path.GetFullPath(parse.GetValue(output) ?? moduleId);
            var isCode = parse.GetValue(code);
            IReadOnlyList<string> files;
            try
            {
                files = ModuleScaffolder.Create(moduleId, directory, isCode);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            if (context.Json)
            {
                context.Out.WriteJson(new { id = moduleId, directory, kind = isCode ? "code" : "content", files });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"Created {(isCode ? "code plugin" : "content pack")} '{moduleId}' in {directory}:");
            foreach (var file in files)
            {
                context.Out.WriteLine("  " + file);
            }

            context.Out.WriteLine(isCode
                ? $"Next: cd {directory} && dotnet build && training modules validate bin/Debug/net10.0"
                : $"Next: training modules validate {directory}");
            return ExitCodes.Ok;
        });
    }
}
