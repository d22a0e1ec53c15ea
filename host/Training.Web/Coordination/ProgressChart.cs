using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Training.Engine.Reports;
using Training.Engine.Reports.Cohorts;
using Training.Web.Localization;

namespace Training.Web.Coordination;

/// <summary>
/// The cohort page's progress chart, drawn as inline SVG by the server (no chart library, no script):
/// one bar per trainee coloured by status with a tick at the expected progress, or above
/// <see cref="CohortReportHtml.MaxBars"/> trainees, how many trainees reached each tenth of the track —
/// the same chart as the HTML export.
/// </summary>
internal sealed class ProgressChart
{
    public const int Width = 760;
    public const int LabelWidth = 190;
    public const int BarArea = 500;
    public const int RowHeight = 24;
    public const int Top = 28;

    private ProgressChart(bool histogram, IReadOnlyList<ChartBar> bars)
    {
        IsHistogram = histogram;
        Bars = bars;
        Height = Top + (bars.Count * RowHeight) + 12;
    }

    public bool IsHistogram { get; }

    public IReadOnlyList<ChartBar> Bars { get; }

    public int Height { get; }

    /// <summary>The x of each axis tick (0, 25, 50, 75, 100 %).</summary>
    public static IEnumerable<(string X, string Label)> Ticks() =>
        Enumerable.Range(0, 5).Select(i => (Number(LabelWidth + (BarArea * i / 4.0)), (i * 25).ToString(CultureInfo.InvariantCulture) + " %"));

    public static ProgressChart For(CohortReport report, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Trainees.Count <= CohortReportHtml.MaxBars ? PerTrainee(report, ui) : Histogram(report, ui);
    }

    private static ProgressChart PerTrainee(CohortReport report, Ui ui)
    {
        var bars = new List<ChartBar>(report.Trainees.Count);
        foreach (var (trainee, row) in report.Trainees.Select((t, i) => (t, i)))
        {
            var label = trainee.Name.Length > 26 ? trainee.Name[..25] + "…" : trainee.Name;
            var percent = ReportFormat.Percent(trainee.Percent) + " %";
            bars.Add(new ChartBar(
                label,
                $"{trainee.Name} ({trainee.Id}) : {percent}, {CohortStatusText.Of(trainee.Status, ui)}",
                Number(Top + (row * RowHeight) + 4),
                Number(Top + (row * RowHeight) + 16),
                Number(BarArea * trainee.Percent / 100.0),
                CohortStatusText.Color(trainee.Status),
                trainee.ExpectedPercent is { } expected ? Number(LabelWidth + (BarArea * expected / 100.0) - 1) : null,
                percent)
            {
                TraineeId = trainee.Id,
                Status = trainee.Status,
            });
        }

        return new ProgressChart(histogram: false, bars);
    }

    private static ProgressChart Histogram(CohortReport report, Ui ui)
    {
        // Eleven buckets: 0-9 %, ..., 90-99 %, and 100 % on its own, as in the HTML export.
        var buckets = new int[11];
        foreach (var trainee in report.Trainees)
        {
            buckets[Math.Min(10, (int)Math.Floor(trainee.Percent / 10))]++;
        }

        var max = Math.Max(1, buckets.Max());
        var bars = new List<ChartBar>(buckets.Length);
        for (var i = 0; i < buckets.Length; i++)
        {
            var label = i == 10 ? "100 %" : $"{i * 10}–{(i * 10) + 9} %";
            var count = buckets[i].ToString(CultureInfo.InvariantCulture);
            bars.Add(new ChartBar(
                label,
                label + " : " + count + " " + ui.T("stagiaire(s)", "trainee(s)"),
                Number(Top + (i * RowHeight) + 4),
                Number(Top + (i * RowHeight) + 16),
                Number(BarArea * buckets[i] / (double)max),
                CohortStatusText.Color(i == 10 ? CohortStatus.Completed : CohortStatus.OnTrack),
                null,
                count));
        }

        return new ProgressChart(histogram: true, bars);
    }

    /// <summary>
    /// An SVG <c>text</c> element (Razor reserves the <c>&lt;text&gt;</c> tag for itself, so the page
    /// cannot write it as markup). The content is HTML-encoded: names are typed by people.
    /// </summary>
    public static IHtmlContent Text(string cssClass, object x, object y, string? anchor, string content) =>
        new HtmlString(string.Create(
            CultureInfo.InvariantCulture,
            $"<text class=\"{cssClass}\" x=\"{x}\" y=\"{y}\"{(anchor is null ? string.Empty : $" text-anchor=\"{anchor}\"")}>{HtmlEncoder.Default.Encode(content)}</text>"));

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
