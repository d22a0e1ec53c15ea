using System.Net;

namespace Training.Web.Tests.Coordination;

/// <summary>
/// Who gets the coordinator (<c>/coordinate</c>) and admin (<c>/admin</c>) pages: anonymous users are
/// sent to sign in, trainees get 403 on every one, coordinators get the coordinator pages of their own
/// cohorts and 403 on admin pages, admins get everything.
/// </summary>
public sealed class StaffAuthorizationTests
{
    private static readonly string[] s_coordinatorPages =
    [
        "/coordinate",
        "/coordinate/cohorts/a",
        "/coordinate/cohorts/a?filter=behind",
        "/coordinate/cohorts/a?filter=not-started",
        "/coordinate/cohorts/a/export/csv",
        "/coordinate/cohorts/a/export/html",
        "/coordinate/trainees/anna",
        "/coordinate/items",
        "/coordinate/items?quiz=rev.essays/stats",
        "/coordinate/review",
        "/coordinate/certificates",
        "/coordinate/certificates?days=365",
    ];

    private static readonly string[] s_adminPages =
    [
        "/admin",
        "/admin/modules",
        "/admin/users",
        "/admin/cohorts",
    ];

    private static readonly string[] s_allPages = [.. s_coordinatorPages, .. s_adminPages];

    private StaffScenario _scenario = null!;

    [OneTimeSetUp]
    public void Start() => _scenario = StaffScenario.Shared;

    [TestCaseSource(nameof(s_allPages))]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        using var client = _scenario.App.Client();

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location?.ToString(), Does.Contain("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(url)));
    }

    [Test]
    public async Task A_trainee_gets_403_on_every_coordinator_and_admin_page()
    {
        var client = await _scenario.As("anna");

        foreach (var url in s_allPages)
        {
            var page = await client.Get(url);
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden), url);
            Assert.That(page.Html, Does.Not.Contain("Ben Barbier").And.Not.Contain("Carl"), url);
        }
    }

    [Test]
    public async Task A_trainee_cannot_post_to_coordinator_or_admin_forms()
    {
        var client = await _scenario.As("anna");
        var token = (await client.Get("/learn")).AntiforgeryToken;
        var events = _scenario.App.Platform.Records.CountEvents();
        var users = _scenario.App.Platform.Accounts.List().Count;

        var grade = await client.PostWithToken("/coordinate/review?handler=grade", [new("attemptId", _scenario.BenEssay.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("questionId", "story"), new("score", "3")], token);
        var addUser = await client.PostWithToken("/admin/users?handler=adduser", [new("userName", "mallory"), new("role", "admin"), new("password", "mallory-password"), new("confirm", "mallory-password")], token);

        Assert.That(grade.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(addUser.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_scenario.App.Platform.Records.CountEvents(), Is.EqualTo(events), "nothing recorded");
        Assert.That(_scenario.App.Platform.Accounts.List(), Has.Count.EqualTo(users), "no account created");
    }

    [TestCaseSource(nameof(s_coordinatorPages))]
    public async Task Coordinator_pages_render_for_the_cohorts_coordinator(string url)
    {
        var client = await _scenario.As("coord-a");

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        if (page.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && !url.Contains("/export/", StringComparison.Ordinal))
        {
            Assert.That(page.Document.QuerySelector("h1")?.TextContent, Is.Not.Empty);
        }
    }

    [Test]
    public async Task Admin_pages_are_forbidden_to_coordinators()
    {
        var client = await _scenario.As("coord-a");

        foreach (var url in s_adminPages)
        {
            Assert.That((await client.Get(url)).Status, Is.EqualTo(HttpStatusCode.Forbidden), url);
        }
    }

    [TestCaseSource(nameof(s_allPages))]
    public async Task Every_page_renders_for_an_admin(string url)
    {
        var client = await _scenario.As("admin");

        var page = await client.Get(url.Replace("/cohorts/a", "/cohorts/b", StringComparison.Ordinal).Replace("anna", "carl", StringComparison.Ordinal));

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
    }

    [TestCase("fr", "Cohortes")]
    [TestCase("en", "Cohorts")]
    public async Task Pages_speak_the_chosen_language(string language, string heading)
    {
        var client = await _scenario.As("coord-a");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/coordinate");
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await client.Http.SendAsync(request);
        var page = await Infrastructure.WebClient.Page.Read(response);

        Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo(language));
        Assert.That(page.Document.QuerySelector("h1")?.TextContent, Is.EqualTo(heading));
    }

    [Test]
    public async Task Coordinators_and_admins_land_on_the_cohorts()
    {
        var coordinator = await _scenario.As("coord-a");
        var admin = await _scenario.As("admin");

        Assert.That((await coordinator.Get("/")).Location?.ToString(), Is.EqualTo("/coordinate"));
        Assert.That((await admin.Get("/")).Location?.ToString(), Is.EqualTo("/coordinate"));
        Assert.That((await admin.Get("/coordinate")).Document.QuerySelector("nav.site-nav a[href='/admin']"), Is.Not.Null);
        Assert.That((await coordinator.Get("/coordinate")).Document.QuerySelector("nav.site-nav a[href='/admin']"), Is.Null);
    }
}
