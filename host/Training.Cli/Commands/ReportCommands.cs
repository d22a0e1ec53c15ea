using System.CommandLine;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary><c>training report ...</c>: coordinators' reports.</summary>
internal static class ReportCommands
{
    public static Command Create(GlobalOptions options)
    {
        var report = new Command("report", "Coordinators' reports.");
        report.Subcommands.Add(ItemReportCommand.Create(options));
        return report;
    }
}
