using System.Globalization;
using System.Net;
using System.Text;

namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// The cohort report as one self-contained HTML file a coordinator can e-mail: inline CSS, an inline
/// SVG chart, sortable tables driven by a small inline script, and nothing loaded from anywhere else
/// (a Content-Security-Policy forbids it). Every text is HTML-encoded: names are typed by people.
/// Both hosts write exactly this: <c>training report cohort --format html</c> and the web export.
/// </summary>
public static class CohortReportHtml
{
    /// <summary>Above this many trainees the chart shows how many trainees reached each tenth of the track instead of one bar each.</summary>
    public const int MaxBars = 150;

    /// <summary>The colour of each <see cref="CohortStatus"/> in charts (CSS hex).</summary>
    public static IReadOnlyDictionary<string, string> StatusColors { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CohortStatus.Completed] = "#1a7f37",
        [CohortStatus.OnTrack] = "#0969da",
        [CohortStatus.Behind] = "#cf222e",
        [CohortStatus.NotStarted] = "#8c959f",
    };

    private const int ChartWidth = 900;
    private const int LabelWidth = 230;
    private const int BarArea = 580;
    private const int RowHeight = 26;
    private const int Top = 34;

    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(CohortReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder(16 * 1024);
        var title = $"Cohort {report.CohortId}: progress report";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(Enc(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        Summary(html, report);
        Chart(html, report);
        Matrix(html, report);
        Modules(html, report);
        html.Append("</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, CohortReport report)
    {
        html.Append("<header>\n<h1>Cohort ").Append(Enc(report.CohortId)).Append("</h1>\n");
        if (report.Title is { } cohortTitle)
        {
            html.Append("<p class=\"subtitle\">").Append(Enc(cohortTitle)).Append("</p>\n");
        }

        html.Append("</header>\n<section id=\"summary\" aria-labelledby=\"summary-heading\">\n<h2 id=\"summary-heading\">Summary</h2>\n<dl class=\"facts\">\n");
        Fact(html, "Track", report.TrackId);
        Fact(html, "Deadline", report.Deadline is null ? "none" : ReportFormat.Day(report.Deadline));
        Fact(html, "Trainees", report.Trainees.Count.ToString(CultureInfo.InvariantCulture));
        var average = report.Trainees.Count == 0 ? 0 : report.Trainees.Average(t => t.Percent);
        Fact(html, "Average progress", ReportFormat.Percent(Math.Round(average, 2)) + " %");
        Fact(html, "Generated", ReportFormat.Instant(report.GeneratedAt));
        html.Append("</dl>\n<ul class=\"statuses\">\n");
        foreach (var (status, count) in report.CountByStatus())
        {
            html.Append("<li class=\"status s-").Append(status).Append("\"><span class=\"swatch\" style=\"background:").Append(StatusColors[status])
                .Append("\"></span>").Append(Enc(Label(status))).Append(" <strong>").Append(count.ToString(CultureInfo.InvariantCulture)).Append("</strong></li>\n");
        }

        html.Append("</ul>\n");
        if (report.Deadline is not null)
        {
            html.Append("<p class=\"note\">Behind: the deadline day is over, or progress is more than ")
                .Append(ReportFormat.Percent(CohortStatus.Tolerance))
                .Append(" points below the expected progress, which grows evenly from the day a trainee joined the cohort to the end of the deadline day.</p>\n");
        }
        else
        {
            html.Append("<p class=\"note\">This cohort has no deadline: nobody is behind.</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Chart(StringBuilder html, CohortReport report)
    {
        html.Append("<section id=\"chart-section\" aria-labelledby=\"chart-heading\">\n<h2 id=\"chart-heading\">Progress</h2>\n");
        if (report.Trainees.Count <= MaxBars)
        {
            Bars(html, report);
        }
        else
        {
            Histogram(html, report);
        }

        html.Append("</section>\n");
    }

    private static void Bars(StringBuilder html, CohortReport report)
    {
        var height = Top + (report.Trainees.Count * RowHeight) + 24;
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"progress-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">\n")
            .Append("<title id=\"chart-title\">Track progress per trainee</title>\n")
            .Append("<desc id=\"chart-desc\">One bar per trainee, as long as the percent of the track done and coloured by status")
            .Append(report.Deadline is null ? "." : "; the black tick marks the progress expected by now.").Append("</desc>\n");
        Axis(html, height);
        var y = Top;
        foreach (var trainee in report.Trainees)
        {
            var width = Math.Round(BarArea * trainee.Percent / 100.0, 1);
            var label = trainee.Name.Length > 30 ? trainee.Name[..29] + "…" : trainee.Name;
            html.Append("<g class=\"bar\" data-trainee=\"").Append(Enc(trainee.Id)).Append("\" data-status=\"").Append(trainee.Status).Append("\">")
                .Append("<title>").Append(Enc($"{trainee.Name} ({trainee.Id}): {ReportFormat.Percent(trainee.Percent)} %, {Label(trainee.Status)}")).Append("</title>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"name\" x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">").Append(Enc(label)).Append("</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"lane\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarArea}\" height=\"{RowHeight - 8}\" fill=\"#eef1f4\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"fill\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{RowHeight - 8}\" fill=\"{StatusColors[trainee.Status]}\"/>");
            if (trainee.ExpectedPercent is { } expected)
            {
                var x = LabelWidth + Math.Round(BarArea * expected / 100.0, 1);
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"expected\" x=\"{x - 1}\" y=\"{y + 1}\" width=\"3\" height=\"{RowHeight - 2}\" fill=\"#1f2328\"/>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + BarArea + 8}\" y=\"{y + 17}\">").Append(ReportFormat.Percent(trainee.Percent)).Append(" %</text></g>\n");
            y += RowHeight;
        }

        html.Append("</svg>\n");
    }

    private static void Histogram(StringBuilder html, CohortReport report)
    {
        // Eleven buckets: 0-9 %, ..., 90-99 %, and 100 % (completed) on its own.
        var buckets = new int[11];
        foreach (var trainee in report.Trainees)
        {
            buckets[Math.Min(10, (int)Math.Floor(trainee.Percent / 10))]++;
        }

        var max = Math.Max(1, buckets.Max());
        var height = Top + (buckets.Length * RowHeight) + 24;
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"progress-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\">\n")
            .Append("<title id=\"chart-title\">Trainees by progress</title>\n")
            .Append("<desc id=\"chart-desc\">How many trainees reached each tenth of the track; the last bar counts those who completed it.</desc>\n");
        var y = Top;
        for (var i = 0; i < buckets.Length; i++)
        {
            var label = i == 10 ? "100 %" : $"{i * 10}–{(i * 10) + 9} %";
            var width = Math.Round(BarArea * buckets[i] / (double)max, 1);
            var color = i == 10 ? StatusColors[CohortStatus.Completed] : StatusColors[CohortStatus.OnTrack];
            html.Append("<g class=\"bar\"><title>").Append(Enc($"{label}: {buckets[i]} trainees")).Append("</title>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"name\" x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{label}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"lane\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{BarArea}\" height=\"{RowHeight - 8}\" fill=\"#eef1f4\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect class=\"fill\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{RowHeight - 8}\" fill=\"{color}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + BarArea + 8}\" y=\"{y + 17}\">{buckets[i]}</text></g>\n");
            y += RowHeight;
        }

        html.Append("</svg>\n");
    }

    private static void Axis(StringBuilder html, int height)
    {
        for (var tick = 0; tick <= 100; tick += 25)
        {
            var x = LabelWidth + (BarArea * tick / 100);
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{Top - 4}\" x2=\"{x}\" y2=\"{height - 20}\" stroke=\"#d0d7de\" stroke-width=\"1\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{x}\" y=\"{Top - 10}\" text-anchor=\"middle\">{tick} %</text>\n");
        }
    }

    private static void Matrix(StringBuilder html, CohortReport report)
    {
        html.Append("<section id=\"matrix-section\" aria-labelledby=\"matrix-heading\">\n<h2 id=\"matrix-heading\">Trainees × modules</h2>\n")
            .Append("<p class=\"note\">Select a column heading to sort by it; select it again to reverse the order. A module cell shows the items done over the items required.</p>\n")
            .Append("<div class=\"scroll\"><table id=\"matrix\" class=\"sortable\">\n<thead><tr>");
        Head(html, "Trainee", "text", sorted: true);
        Head(html, "Status", "text");
        Head(html, "Percent", "number");
        Head(html, "Modules", "number");
        foreach (var module in report.Modules)
        {
            html.Append("<th scope=\"col\" title=\"").Append(Enc(module.Title)).Append("\"><button type=\"button\" data-type=\"number\">").Append(Enc(module.Id)).Append("</button></th>");
        }

        Head(html, "Last activity", "text");
        Head(html, "Certificate", "text");

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var t in report.Trainees)
        {
            html.Append("<tr><th scope=\"row\" data-sort=\"").Append(Enc(t.Name.ToLowerInvariant())).Append("\">").Append(Enc(t.Name))
                .Append(" <span class=\"id\">").Append(Enc(t.Id)).Append("</span></th>")
                .Append("<td data-sort=\"").Append(StatusRank(t.Status)).Append("\"><span class=\"status s-").Append(t.Status).Append("\"><span class=\"swatch\" style=\"background:")
                .Append(StatusColors[t.Status]).Append("\"></span>").Append(Label(t.Status)).Append("</span></td>")
                .Append("<td class=\"num\" data-sort=\"").Append(ReportFormat.Percent(t.Percent)).Append("\">").Append(ReportFormat.Percent(t.Percent)).Append(" %</td>")
                .Append("<td class=\"num\" data-sort=\"").Append(t.CompletedModules.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(CultureInfo.InvariantCulture, $"{t.CompletedModules}/{report.Modules.Count}</td>");
            foreach (var cell in t.Cells)
            {
                var state = cell.Completed ? "done" : cell.Started ? "progress" : "none";
                html.Append("<td class=\"cell c-").Append(state).Append("\" data-sort=\"").Append(ReportFormat.CellPercent(cell)).Append("\">")
                    .Append(cell.Completed ? "✓ " : string.Empty).Append(CultureInfo.InvariantCulture, $"{cell.ItemsDone}/{cell.ItemsTotal}</td>");
            }

            html.Append("<td data-sort=\"").Append(ReportFormat.Instant(t.LastActivity)).Append("\">").Append(t.LastActivity is null ? "–" : ReportFormat.Instant(t.LastActivity)).Append("</td>")
                .Append("<td class=\"cert\" data-sort=\"").Append(Enc(t.CertificateId ?? string.Empty)).Append("\" title=\"").Append(Enc(t.CertificateId ?? string.Empty)).Append("\">")
                .Append(Enc(t.CertificateId ?? "–")).Append("</td>");

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void Modules(StringBuilder html, CohortReport report)
    {
        html.Append("<section id=\"modules-section\" aria-labelledby=\"modules-heading\">\n<h2 id=\"modules-heading\">Modules</h2>\n")
            .Append("<table id=\"modules\" class=\"sortable\">\n<thead><tr>");
        Head(html, "Module", "text", sorted: true);
        Head(html, "Title", "text");
        Head(html, "Completion rate", "number");
        Head(html, "Average best score", "number");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var m in report.Modules)
        {
            html.Append("<tr><th scope=\"row\" data-sort=\"").Append(Enc(m.Id)).Append("\">").Append(Enc(m.Id)).Append("</th>")
                .Append("<td data-sort=\"").Append(Enc(m.Title.ToLowerInvariant())).Append("\">").Append(Enc(m.Title)).Append("</td>")
                .Append("<td class=\"num\" data-sort=\"").Append(ReportFormat.Percent(m.CompletionRate)).Append("\">").Append(ReportFormat.Percent(m.CompletionRate)).Append(" %</td>")
                .Append("<td class=\"num\" data-sort=\"").Append(m.AverageBestPercent is null ? "-1" : ReportFormat.Percent(m.AverageBestPercent)).Append("\">")
                .Append(m.AverageBestPercent is null ? "–" : ReportFormat.Percent(m.AverageBestPercent) + " %").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Head(StringBuilder html, string label, string type, bool sorted = false) =>
        html.Append("<th scope=\"col\"").Append(sorted ? " aria-sort=\"ascending\"" : string.Empty).Append("><button type=\"button\" data-type=\"").Append(type).Append("\">")
            .Append(Enc(label)).Append("</button></th>");

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Enc(term)).Append("</dt><dd>").Append(Enc(value)).Append("</dd>\n");

    private static string Label(string status) => status switch
    {
        CohortStatus.Completed => "Completed",
        CohortStatus.OnTrack => "On track",
        CohortStatus.Behind => "Behind",
        _ => "Not started",
    };

    private static string StatusRank(string status) => status switch
    {
        CohortStatus.Behind => "0",
        CohortStatus.NotStarted => "1",
        CohortStatus.OnTrack => "2",
        _ => "3",
    };

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f6f8fa; color: #1f2328; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { margin: 0 0 4px; font-size: 28px; }
        h2 { margin: 32px 0 12px; font-size: 20px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
        .subtitle { margin: 0; color: #57606a; font-size: 17px; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 12px; }
        .facts dt { color: #57606a; }
        .facts dd { margin: 0; font-weight: 600; }
        .statuses { display: flex; flex-wrap: wrap; gap: 10px; list-style: none; padding: 0; margin: 0 0 8px; }
        .statuses li { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 12px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
        .note { color: #57606a; font-size: 13px; margin: 6px 0; }
        svg { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; max-width: 100%; height: auto; }
        svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328; }
        svg text.tick { fill: #57606a; font-size: 12px; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; background: #fff; border: 1px solid #d0d7de; }
        th, td { padding: 6px 10px; border-bottom: 1px solid #e5e9ed; text-align: left; white-space: nowrap; }
        thead th { background: #eef1f4; position: sticky; top: 0; }
        thead th button { all: unset; cursor: pointer; font-weight: 600; }
        thead th button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
        thead th[aria-sort="ascending"] button::after { content: " ▲"; font-size: 11px; }
        thead th[aria-sort="descending"] button::after { content: " ▼"; font-size: 11px; }
        tbody th { font-weight: 600; }
        .id { color: #57606a; font-weight: 400; font-size: 12px; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .cell { text-align: center; font-variant-numeric: tabular-nums; }
        .c-done { background: #dafbe1; color: #116329; }
        .c-progress { background: #ddf4ff; color: #0a3069; }
        .c-none { color: #6e7781; }
        .cert { max-width: 16em; overflow: hidden; text-overflow: ellipsis; font-size: 13px; }
        @media print { body { background: #fff; } thead th { position: static; } }

        """;

    private const string Script = """
        (function () {
          'use strict';
          var tables = document.querySelectorAll('table.sortable');
          Array.prototype.forEach.call(tables, function (table) {
            var heads = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(heads, function (th, column) {
              var button = th.querySelector('button');
              if (!button) { return; }
              button.addEventListener('click', function () {
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                Array.prototype.forEach.call(heads, function (other) { other.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var numeric = button.getAttribute('data-type') === 'number';
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[column].getAttribute('data-sort') || '';
                  var y = b.cells[column].getAttribute('data-sort') || '';
                  var order = numeric ? (parseFloat(x || '-1') - parseFloat(y || '-1')) : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
        })();

        """;
}
