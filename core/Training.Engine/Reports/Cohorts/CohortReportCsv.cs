using System.Globalization;
using System.Text;
using CsvHelper;

namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// The cohort report as CSV (RFC 4180, comma, CRLF): one line per trainee with the columns
/// <c>id,name,percent,completedModules,status,lastActivity,certificateId</c>, then one column per
/// module of the track, in track order, named <c>module:ID</c>, holding the percent of that module's
/// items done. Empty fields for no value; numbers and times in invariant form (<see cref="ReportFormat"/>).
/// Both hosts write exactly this: <c>training report cohort --format csv</c> and the web export.
/// </summary>
public static class CohortReportCsv
{
    /// <summary>The columns before the per-module ones.</summary>
    public static IReadOnlyList<string> FixedColumns { get; } = ["id", "name", "percent", "completedModules", "status", "lastActivity", "certificateId"];

    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text (written out as UTF-8 without a byte order mark).</returns>
    public static string Render(CohortReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
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
                    trainee.CompletedModules.ToString(CultureInfo.InvariantCulture),
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
