using System.Globalization;
using System.Net;
using Training.Engine.Access;

namespace Training.Web.Tests.Coordination;

/// <summary>A coordinator sees only the cohorts assigned to them: cohort b's page, members, essays, certificates and exports are refused to coord-a, and the engine records nothing.</summary>
public sealed class CoordinatorScopeTests
{
    private static readonly string[] s_cohortBUrls =
    [
        "/coordinate/cohorts/b",
        "/coordinate/cohorts/b?filter=not-started",
        "/coordinate/cohorts/b/export/csv",
        "/coordinate/cohorts/b/export/html",
        "/coordinate/cohorts/b/export/csv?filter=behind",
        "/coordinate/trainees/carl",
        "/coordinate/trainees/eli",
        // Probing for ids that do not exist gets the same answer as ids of others.
        "/coordinate/cohorts/nope",
        "/coordinate/trainees/nobody",
    ];

    private StaffScenario _scenario = null!;

    [OneTimeSetUp]
    public void Start() => _scenario = StaffScenario.Shared;

    [TestCaseSource(nameof(s_cohortBUrls))]
    public async Task Cohort_b_is_forbidden_to_the_coordinator_of_a(string url)
    {
        var client = await _scenario.As("coord-a");

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Html, Does.Not.Contain("Carl").And.Not.Contain("Éli").And.Not.Contain("Cohorte B"));
    }

    [Test]
    public async Task The_cohort_list_shows_only_the_coordinators_cohorts_and_an_admin_sees_all()
    {
        var coordinator = await _scenario.As("coord-a");
        var admin = await _scenario.As("admin");

        var mine = await coordinator.Get("/coordinate");
        var all = await admin.Get("/coordinate");

        Assert.That(mine.Document.QuerySelectorAll("#cohorts tbody tr").Select(r => r.QuerySelector(".id")?.TextContent), Is.EqualTo(new[] { "a" }));
        Assert.That(all.Document.QuerySelectorAll("#cohorts tbody tr").Select(r => r.QuerySelector(".id")?.TextContent), Is.EqualTo(new[] { "a", "b" }));
        Assert.That((await admin.Get("/coordinate/cohorts/b")).Text, Does.Contain("Carl <b>Cazaux</b>"), "names are shown as typed, encoded");
    }

    [Test]
    public async Task The_review_queue_holds_only_essays_of_the_coordinators_cohorts()
    {
        var a = await _scenario.As("coord-a");
        var b = await _scenario.As("coord-b");
        var admin = await _scenario.As("admin");

        Assert.That(Attempts(await a.Get("/coordinate/review")), Is.EqualTo(new[] { _scenario.BenEssay }));
        Assert.That(Attempts(await b.Get("/coordinate/review")), Is.EqualTo(new[] { _scenario.CarlEssay }));
        Assert.That(Attempts(await admin.Get("/coordinate/review")), Is.EquivalentTo(new[] { _scenario.BenEssay, _scenario.CarlEssay }));
        Assert.That((await a.Get("/coordinate/review")).Html, Does.Not.Contain("Carl raconte"));
    }

    [Test]
    public async Task Grading_an_essay_of_cohort_b_by_its_attempt_id_is_refused_and_records_nothing()
    {
        var client = await _scenario.As("coord-a");
        var events = _scenario.App.Platform.Records.CountEvents();

        var page = await client.Post(
            "/coordinate/review?handler=grade",
            [new("attemptId", _scenario.CarlEssay.ToString(CultureInfo.InvariantCulture)), new("questionId", "story"), new("score", "3"), new("feedback", "Nope")],
            tokenFrom: "/coordinate/review");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_scenario.App.Platform.Records.CountEvents(), Is.EqualTo(events), "nothing recorded");
        var pending = _scenario.App.Platform.Access.ForAdmin(Principal.LocalOperator).ListPendingEssays();
        Assert.That(pending.Select(e => e.AttemptId), Does.Contain(_scenario.CarlEssay), "carl's essay still waits for a grade");
    }

    [Test]
    public async Task Expiring_certificates_list_only_the_coordinators_trainees()
    {
        var a = await _scenario.As("coord-a");
        var b = await _scenario.As("coord-b");

        var mine = await a.Get("/coordinate/certificates?days=7");
        var theirs = await b.Get("/coordinate/certificates?days=7");

        Assert.That(mine.Document.QuerySelectorAll("#due tbody tr").Select(r => r.GetAttribute("data-trainee")), Is.EqualTo(new[] { "anna" }));
        Assert.That(mine.Text, Does.Contain(_scenario.AnnaCertificate));
        Assert.That(theirs.Document.QuerySelector("#due"), Is.Null);
        Assert.That(theirs.Document.QuerySelector("#none-due"), Is.Not.Null);
        Assert.That(theirs.Html, Does.Not.Contain("anna"));
    }

    [Test]
    public async Task Item_analysis_counts_only_the_coordinators_members()
    {
        var a = await _scenario.As("coord-a");
        var admin = await _scenario.As("admin");

        var mine = await a.Get("/coordinate/items?quiz=rev.essays/stats");
        var all = await admin.Get("/coordinate/items?quiz=rev.essays/stats");

        Assert.That(mine.Document.QuerySelector("tr[data-question=q1] td.num")?.TextContent, Is.EqualTo("2"), "anna and ben");
        Assert.That(all.Document.QuerySelector("tr[data-question=q1] td.num")?.TextContent, Is.EqualTo("3"), "anna, ben and carl");
    }

    private static long[] Attempts(Infrastructure.WebClient.Page page) =>
        [.. page.Document.QuerySelectorAll("article.essay").Select(e => long.Parse(e.GetAttribute("data-attempt")!, CultureInfo.InvariantCulture))];
}
