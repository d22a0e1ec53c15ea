using System.Text;
using CsvHelper;
using Training.Engine.Reports.Cohorts;

namespace Training.Cli.Reports;

/// <summary>
/// The cohort report as CSV (RFC 4180, comma, CRLF): one line per trainee with the columns
/// <c>id,name,percent,completedModules,status,lastActivity,certificateId</c>, then one column per
/// module of the track, in track order, named <c>module:ID</c>, holding the percent of that module's
/// items done. Empty fields for no value; numbers and times in invariant form.
/// </summary>
internal static class CohortReportCsv
{
    public static readonly string[] FixedColumns = ["id", "name", "percent", "completedModules", "status", "lastActivity", "certificateId"];

    public static string Render(CohortReport report)
    {
        using var stream = new MemoryStream();
        // Names are typed by people: neutralize anything a spreadsheet would run as a formula.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            csv.WriteHeader([.. FixedColumns, .. report.Modules.Select(m => "module:" + m.Id)]);
            foreach (var trainee in report.Trainees)
            {
                csv.WriteRecord([
                    trainee.Id,
                    trainee.Name,
                    ReportFormat.Percent(trainee.Percent),
                    trainee.CompletedModules.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    trainee.Status,
                    ReportFormat.Instant(trainee.LastActivity),
                    trainee.CertificateId ?? string.Empty,
                    .. trainee.Cells.Select(ReportFormat.CellPercent),
                ]);
            }

            csv.Flush();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
