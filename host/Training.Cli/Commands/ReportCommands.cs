using System.CommandLine;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training report ...</c>: reports for coordinators.</summary>
internal static class ReportCommands
{
    public static Command Create(GlobalOptions options)
    {
        var report = new Command("report", "Reports for coordinators.");
        report.Subcommands.Add(ReportCohortCommand.Create(options));
        report.Subcommands.Add(ItemReportCommand.Create(options));
        return report;
    }
}
