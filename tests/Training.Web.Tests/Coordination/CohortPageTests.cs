using System.Net;
using System.Text;
using Training.Engine.Access;
using Training.Engine.Reports.Cohorts;

namespace Training.Web.Tests.Coordination;

/// <summary>The cohort page shows the engine's cohort report (chart, matrix, modules, filters) and exports exactly the engine's CSV and HTML.</summary>
public sealed class CohortPageTests
{
    private StaffScenario _scenario = null!;

    [OneTimeSetUp]
    public void Start() => _scenario = StaffScenario.Shared;

    [Test]
    public async Task The_matrix_has_a_row_per_member_and_a_cell_per_module_with_the_reports_statuses()
    {
        var client = await _scenario.As("coord-a");

        var page = await client.Get("/coordinate/cohorts/a");

        var rows = page.Document.QuerySelectorAll("#matrix tbody tr").ToList();
        Assert.That(rows.Select(r => r.GetAttribute("data-trainee")), Is.EqualTo(new[] { "anna", "ben", "dora" }));
        Assert.That(rows.Select(r => r.QuerySelector(".status-pill")?.ClassList.Last()), Is.EqualTo(new[] { "s-completed", "s-behind", "s-behind" }));
        Assert.That(rows[0].QuerySelector("td.cell[data-module='rev.essays']")?.TextContent, Is.EqualTo("✓ 2/2"));
        Assert.That(rows[1].QuerySelector("td.cell")?.ClassList, Does.Contain("c-progress"), "ben passed stats; final waits for its essay grade");
        Assert.That(rows[2].QuerySelector("td.cell")?.TextContent, Is.EqualTo("0/2"));
        Assert.That(rows[0].QuerySelector("td.cert")?.TextContent, Is.EqualTo(_scenario.AnnaCertificate));
        Assert.That(rows[1].QuerySelector("a")?.GetAttribute("href"), Is.EqualTo("/coordinate/trainees/ben"));
        Assert.That(page.Document.QuerySelectorAll("#progress-chart g.bar").Select(g => g.GetAttribute("data-status")), Is.EqualTo(new[] { "completed", "behind", "behind" }));
        Assert.That(page.Document.QuerySelectorAll("#progress-chart rect.expected"), Has.Length.EqualTo(3), "a tick at the expected progress: the cohort has a deadline");
        Assert.That(page.Document.QuerySelector("#modules tbody tr td.num")?.TextContent, Is.EqualTo("33.33 %"), "one of three completed the module");
        Assert.That(page.Html, Does.Not.Contain("style="), "no inline style: the Content-Security-Policy forbids it");
    }

    [Test]
    public async Task Filters_keep_the_trainees_who_are_behind_or_have_not_started()
    {
        var a = await _scenario.As("coord-a");
        var b = await _scenario.As("coord-b");

        var behind = await a.Get("/coordinate/cohorts/a?filter=behind");
        var notStartedA = await a.Get("/coordinate/cohorts/a?filter=not-started");
        var notStartedB = await b.Get("/coordinate/cohorts/b?filter=not-started");
        var unknown = await a.Get("/coordinate/cohorts/a?filter=late");

        Assert.That(Trainees(behind), Is.EqualTo(new[] { "ben", "dora" }));
        Assert.That(Trainees(notStartedA), Is.Empty, "after the deadline, dora is behind rather than not started");
        Assert.That(notStartedA.Text, Does.Contain("Aucun stagiaire ne correspond à ce filtre."));
        Assert.That(Trainees(notStartedB), Is.EqualTo(new[] { "eli" }));
        Assert.That(behind.Document.QuerySelector("a[aria-current=page]")?.GetAttribute("href"), Is.EqualTo("/coordinate/cohorts/a?filter=behind"));
        Assert.That(behind.Document.QuerySelector("#export-csv")?.GetAttribute("href"), Is.EqualTo("/coordinate/cohorts/a/export/csv?filter=behind"));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase(null)]
    [TestCase("behind")]
    public async Task The_csv_export_is_the_engines_csv(string? filter)
    {
        var client = await _scenario.As("coord-a");
        var query = filter is null ? string.Empty : "?filter=" + filter;

        using var response = await client.Http.GetAsync("/coordinate/cohorts/a/export/csv" + query);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var expected = CohortReportFilter.Apply(_scenario.App.Platform.Access.ForCoordinator(new Principal("coord-a", Role.Coordinator)).Report("a", "fr"), filter);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo(filter is null ? "cohort-a.csv" : "cohort-a-behind.csv"));
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark, as the command line writes it");
        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(CohortReportCsv.Render(expected)));
        Assert.That(Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(filter is null ? 4 : 3));
    }

    [Test]
    public async Task The_html_export_is_the_engines_html_report()
    {
        var client = await _scenario.As("admin");

        using var response = await client.Http.GetAsync("/coordinate/cohorts/b/export/html");
        var html = await response.Content.ReadAsStringAsync();

        var expected = CohortReportHtml.Render(_scenario.App.Platform.Access.ForAdmin(Principal.LocalOperator).Report("b", "fr"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("cohort-b.html"));
        Assert.That(html, Is.EqualTo(expected), "the manual clock stands still, so both were generated at the same instant");
        Assert.That(html, Does.Contain("Carl &lt;b&gt;Cazaux&lt;/b&gt;"));
    }

    [Test]
    public async Task A_members_page_shows_their_progress_and_certificates()
    {
        var client = await _scenario.As("coord-a");

        var anna = await client.Get("/coordinate/trainees/anna");
        var ben = await client.Get("/coordinate/trainees/ben");

        Assert.That(anna.Document.QuerySelector("h1")?.TextContent, Does.StartWith("Anna Arnaud"));
        Assert.That(anna.Document.QuerySelector(".track progress")?.GetAttribute("value"), Is.EqualTo("100"));
        Assert.That(anna.Document.QuerySelector("#trainee-certificates")?.TextContent, Does.Contain(_scenario.AnnaCertificate));
        Assert.That(ben.Document.QuerySelector("tr[data-module='rev.essays'] .status")?.ClassList, Does.Contain("in-progress"));
        Assert.That(ben.Document.QuerySelector("#trainee-certificates"), Is.Null);
    }

    [Test]
    public async Task The_cohort_list_shows_members_deadline_and_progress()
    {
        var client = await _scenario.As("admin");

        var page = await client.Get("/coordinate");

        var cells = page.Document.QuerySelectorAll("#cohorts tbody tr").First().QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.That(cells[0], Is.EqualTo("rev.track"));
        Assert.That(cells[1], Is.EqualTo("3"));
        Assert.That(cells[2], Is.EqualTo(DateOnly.FromDateTime(_scenario.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(cells[4], Is.EqualTo("1"), "one completed");
        Assert.That(cells[5], Is.EqualTo("2"), "two behind");
    }

    private static IEnumerable<string?> Trainees(Infrastructure.WebClient.Page page) =>
        page.Document.QuerySelectorAll("#matrix tbody tr").Select(r => r.GetAttribute("data-trainee"));
}
