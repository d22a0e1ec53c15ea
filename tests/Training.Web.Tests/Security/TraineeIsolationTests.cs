using System.Net;
using System.Text.Json;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Security;

/// <summary>A trainee cannot reach another trainee's attempt or certificate by changing ids in URLs or forms.</summary>
public sealed class TraineeIsolationTests
{
    private const string Password = "correct-horse-battery";

    private WebApp _app = null!;
    private string _certificate = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = SharedHost.App;
        _app.AddTrainee("iso-alice", Password, "tests.first-steps");
        _app.AddTrainee("iso-bruno", Password, "tests.first-steps");
        var records = _app.Platform.Records;
        records.CompleteLesson("iso-alice", "tests.first-steps", "welcome");
        var result = records.TakeQuiz("iso-alice", "tests.first-steps", "check", JsonSerializer.SerializeToElement(new { capital = "Bordeaux", true_statement = true }).Rename("true_statement", "true-statement"));
        _certificate = result.Outcome.CertificatesIssued.Single();
    }

    [Test]
    public async Task The_owner_sees_and_downloads_her_certificate()
    {
        using var client = _app.Client();
        await client.SignIn("iso-alice", Password);

        var page = await client.Get("/learn/certificates/" + Uri.EscapeDataString(_certificate));
        using var download = await client.Http.GetAsync("/learn/certificates/" + Uri.EscapeDataString(_certificate) + "/download");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector(".certificate .name")?.TextContent, Is.EqualTo(WebApp.NameOf("iso-alice")));
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await download.Content.ReadAsStringAsync()).Trim(), Is.EqualTo(_app.Platform.Records.GetCertificate(_certificate).Credential));
    }

    [Test]
    public async Task Another_trainee_gets_403_for_the_certificate_and_its_download()
    {
        using var client = _app.Client();
        await client.SignIn("iso-bruno", Password);

        var page = await client.Get("/learn/certificates/" + Uri.EscapeDataString(_certificate));
        var download = await client.Get("/learn/certificates/" + Uri.EscapeDataString(_certificate) + "/download");
        var list = await client.Get("/learn/certificates");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(download.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Html, Does.Not.Contain(WebApp.NameOf("iso-alice")));
        Assert.That(list.Html, Does.Not.Contain(_certificate));
    }

    [Test]
    public async Task Another_trainee_cannot_submit_someone_elses_attempt()
    {
        var start = _app.Platform.Records.StartAttempt("iso-alice", "tests.first-steps", "check");
        using var client = _app.Client();
        await client.SignIn("iso-bruno", Password);

        var page = await client.Post(
            "/learn/modules/tests.first-steps/quizzes/check?handler=submit",
            [new("attemptId", start.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("q.capital.choice", "Pau")],
            tokenFrom: "/learn/modules/tests.first-steps/quizzes/check");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_app.Platform.Records.StartAttempt("iso-alice", "tests.first-steps", "check").Resumed, Is.True, "alice's attempt is still open");
    }

    [Test]
    public async Task A_trainee_dashboard_shows_only_her_own_progress()
    {
        using var client = _app.Client();
        await client.SignIn("iso-bruno", Password);

        var page = await client.Get("/learn");

        Assert.That(page.Document.QuerySelector("progress")?.GetAttribute("value"), Is.EqualTo("0"));
        Assert.That(page.Html, Does.Not.Contain("iso-alice").IgnoreCase);
    }
}
