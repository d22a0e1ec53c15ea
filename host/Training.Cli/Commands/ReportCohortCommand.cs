using System.CommandLine;
using System.Text;
using Training.Cli.Hosting;
using Training.Cli.Output;
using Training.Cli.Reports;
using Training.Engine.Cohorts;
using Training.Engine.Reports.Cohorts;

namespace Training.Cli.Commands;

/// <summary><c>training report cohort COHORT [--format table|csv|json|html] [--filter behind|not-started] [-o FILE]</c>.</summary>
internal static class ReportCohortCommand
{
    public static Command Create(GlobalOptions options)
    {
        var cohort = new Argument<string>("COHORT") { Description = "The cohort's id." };
        var format = new Option<string?>("--format") { Description = "table (default), csv, json or html (--json alone means json)." };
        format.AcceptOnlyFromAmong("table", "csv", "json", "html");
        var filter = new Option<string?>("--filter") { Description = "Only the trainees who are behind, or who have not started (module lines still cover the whole cohort)." };
        filter.AcceptOnlyFromAmong([.. CohortReportFilter.All]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout.", HelpName = "FILE" };
        var command = new Command("cohort", "A cohort's progress: per trainee (percent, modules, status against the deadline, certificate) and per module.");
        command.Arguments.Add(cohort);
        command.Options.Add(format);
        command.Options.Add(filter);
        command.Options.Add(output);
        return command.WithAction(options, (context, parse) =>
        {
            var report = CohortReportFilter.Apply(
                RecordsErrors.Guard(() => new CohortService(context.Records).Report(parse.GetValue(cohort)!, context.Language)),
                parse.GetValue(filter));
            var chosen = parse.GetValue(format) ?? (context.Json ? "json" : "table");
            var path = parse.GetValue(output);
            var text = chosen switch
            {
                "json" => System.Text.Json.JsonSerializer.Serialize(report, CliOutput.JsonOptions) + Environment.NewLine,
                "csv" => CohortReportCsv.Render(report),
                "html" => CohortReportHtml.Render(report),
                _ => null,
            };

            if (path is null)
            {
                if (text is null)
                {
                    CohortReportTable.Write(context.Out.Console, report);
                }
                else
                {
                    context.Out.WriteLine(text.TrimEnd('\n', '\r'));
                }

                return ExitCodes.Ok;
            }

            if (text is null)
            {
                var writer = new StringWriter();
                CohortReportTable.Write(Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
                {
                    Out = new Spectre.Console.AnsiConsoleOutput(writer),
                    Ansi = Spectre.Console.AnsiSupport.No,
                    ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
                }), report);
                text = writer.ToString();
            }

            var full = Path.GetFullPath(path);
            if (Path.GetDirectoryName(full) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(full, text, new UTF8Encoding(false));
            if (!context.Json)
            {
                context.Out.WriteLine($"Wrote the {chosen} report of cohort {report.CohortId} to {full}.");
            }

            return ExitCodes.Ok;
        });
    }
}
