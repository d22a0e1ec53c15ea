using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training progress TRAINEE</c>.</summary>
internal static class ProgressCommand
{
    public static Command Create(GlobalOptions options)
    {
        var trainee = new Argument<string>("TRAINEE") { Description = "The trainee's id." };
        var command = new Command("progress", "A trainee's progress in every module of their tracks.");
        command.Arguments.Add(trainee);
        return command.WithAction(options, (context, parse) =>
        {
            var progress = RecordsErrors.Guard(() => context.Records.GetProgress(parse.GetValue(trainee)!));
            if (context.Json)
            {
                context.Out.WriteJson(progress);
                return ExitCodes.Ok;
            }

            var modules = new Table().Border(TableBorder.Rounded).AddColumn("Module").AddColumn("Version").AddColumn("Status").AddColumn("Lessons").AddColumn("Quizzes");
            foreach (var module in progress.Modules)
            {
                var quizzes = string.Join(", ", module.Quizzes.Select(q =>
                    $"{q.Id}: {(q.BestPercent is { } best ? best.ToString("0.#", CultureInfo.InvariantCulture) + " %" : "-")}{(q.Passed ? " ✓" : string.Empty)} ({q.Attempts})"));
                modules.AddRow(
                    Markup.Escape(module.Id),
                    Markup.Escape(module.Version),
                    module.Status switch { "completed" => "[green]completed[/]", "in-progress" => "[yellow]in-progress[/]", _ => "not-started" },
                    $"{module.LessonsCompleted}/{module.LessonsTotal}",
                    Markup.Escape(quizzes));
            }

            context.Out.Console.Write(modules);
            foreach (var track in progress.Tracks)
            {
                context.Out.WriteLine($"{track.Id}: {track.Percent.ToString("0.#", CultureInfo.InvariantCulture)} %"
                    + (track.Completed ? $", completed, certificate {track.CertificateId}" : string.Empty));
            }

            return ExitCodes.Ok;
        });
    }
}
