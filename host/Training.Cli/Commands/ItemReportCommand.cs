using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training report items MODULE/QUIZ</c>: facility, discrimination and flags per question (docs/coordinators.md).</summary>
internal static class ItemReportCommand
{
    public static Command Create(GlobalOptions options)
    {
        var quiz = new Argument<string>("MODULE/QUIZ") { Description = "The quiz, e.g. mopa.maps/final." };
        var command = new Command("items", "Item analysis of a quiz: facility, discrimination, standard deviation and flags per question and module version.");
        command.Arguments.Add(quiz);
        return command.WithAction(options, (context, parse) =>
        {
            var (moduleId, quizId) = ContentReference.Parse(parse.GetValue(quiz)!, "quiz");
            var report = RecordsErrors.Guard(() => context.Records.AnalyzeItems(moduleId, quizId));
            if (context.Json)
            {
                context.Out.WriteJson(new
                {
                    quiz = report.Quiz,
                    attempts = report.Attempts,
                    questions = report.Questions.Select(q => new { id = q.Id, version = q.Version, attempts = q.Attempts, facility = q.Facility, discrimination = q.Discrimination, sd = q.Sd, flags = q.Flags }),
                });
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"{report.Quiz}: {report.Attempts} first attempt{(report.Attempts == 1 ? string.Empty : "s")} analysed"
                + (report.PendingExcluded > 0 ? $" ({report.PendingExcluded} left out: an essay is still pending)." : "."));
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Question").AddColumn("Version").AddColumn(new TableColumn("Attempts").RightAligned())
                .AddColumn(new TableColumn("Facility %").RightAligned()).AddColumn(new TableColumn("SD %").RightAligned())
                .AddColumn(new TableColumn("Discrimination").RightAligned()).AddColumn("Flags");
            foreach (var question in report.Questions)
            {
                table.AddRow(
                    Markup.Escape(question.Id),
                    Markup.Escape(question.Version),
                    question.Attempts.ToString(CultureInfo.InvariantCulture),
                    Number(question.Facility),
                    Number(question.Sd),
                    Number(question.Discrimination),
                    question.Flags.Count == 0 ? string.Empty : $"[yellow]{Markup.Escape(string.Join(", ", question.Flags))}[/]");
            }

            context.Out.Console.Write(table);
            return ExitCodes.Ok;
        });
    }

    private static string Number(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-";
}
