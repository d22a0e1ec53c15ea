using Spectre.Console;
using Training.Engine.Reports;
using Training.Engine.Reports.Cohorts;

namespace Training.Cli.Reports;

/// <summary>The cohort report as terminal tables: trainees, then modules, then the counts by status.</summary>
internal static class CohortReportTable
{
    public static void Write(IAnsiConsole console, CohortReport report)
    {
        console.WriteLine($"Cohort {report.CohortId}{(report.Title is null ? string.Empty : " (" + report.Title + ")")}, track {report.TrackId}, deadline {(report.Deadline is null ? "none" : ReportFormat.Day(report.Deadline))}");
        var trainees = new Table().Border(TableBorder.Rounded)
            .AddColumn("Trainee").AddColumn("Name").AddColumn(new TableColumn("Percent").RightAligned()).AddColumn(new TableColumn("Modules").RightAligned())
            .AddColumn("Status").AddColumn("Last activity").AddColumn("Certificate");
        foreach (var t in report.Trainees)
        {
            trainees.AddRow(
                Markup.Escape(t.Id),
                Markup.Escape(t.Name),
                ReportFormat.Percent(t.Percent) + " %",
                $"{t.CompletedModules}/{report.Modules.Count}",
                t.Status switch
                {
                    CohortStatus.Completed => "[green]completed[/]",
                    CohortStatus.Behind => "[red]behind[/]",
                    CohortStatus.OnTrack => "[blue]on-track[/]",
                    _ => "not-started",
                },
                ReportFormat.Instant(t.LastActivity) is { Length: > 0 } at ? at : "-",
                Markup.Escape(t.CertificateId ?? "-"));
        }

        console.Write(trainees);
        var modules = new Table().Border(TableBorder.Rounded)
            .AddColumn("Module").AddColumn(new TableColumn("Completion").RightAligned()).AddColumn(new TableColumn("Average best").RightAligned());
        foreach (var m in report.Modules)
        {
            modules.AddRow(Markup.Escape(m.Id), ReportFormat.Percent(m.CompletionRate) + " %", m.AverageBestPercent is null ? "-" : ReportFormat.Percent(m.AverageBestPercent) + " %");
        }

        console.Write(modules);
        console.WriteLine(string.Join(", ", report.CountByStatus().Select(c => $"{c.Status}: {c.Count}")));
    }
}
