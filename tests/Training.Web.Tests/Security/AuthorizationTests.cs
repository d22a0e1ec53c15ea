using System.Net;
using Training.Engine.Access;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Security;

/// <summary>Who gets which page: anonymous users are sent to sign in, other roles get 403, trainees see only their own data.</summary>
public sealed class AuthorizationTests
{
    private const string Password = "correct-horse-battery";

    private static readonly string[] s_traineePages =
    [
        "/learn",
        "/learn/tracks/mopa.ant",
        "/learn/modules/mopa.maps",
        "/learn/modules/mopa.maps/lessons/latitude-longitude",
        "/learn/modules/mopa.maps/quizzes/final",
        "/learn/certificates",
    ];

    private WebApp _app = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _app = SharedHost.App;
        _app.AddTrainee("auth-marie", Password, "mopa.ant");
        _app.AddUser("auth-claire", Password, Role.Coordinator);
        _app.AddUser("auth-admin", Password, Role.Admin);
    }

    [TestCaseSource(nameof(s_traineePages))]
    public async Task Anonymous_users_are_sent_to_sign_in(string url)
    {
        using var client = _app.Client();

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location?.ToString(), Does.Contain("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(url)));
    }

    [TestCaseSource(nameof(s_traineePages))]
    public async Task Trainee_pages_render_for_the_trainee(string url)
    {
        using var client = _app.Client();
        await client.SignIn("auth-marie", Password);

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        Assert.That(page.Document.QuerySelector("h1")?.TextContent, Is.Not.Empty);
    }

    [Test]
    public async Task Trainee_pages_are_forbidden_to_coordinators_and_admins([Values("auth-claire", "auth-admin")] string user)
    {
        using var client = _app.Client();
        await client.SignIn(user, Password);

        foreach (var url in s_traineePages)
        {
            var page = await client.Get(url);
            Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden), url);
        }
    }

    [TestCase("/")]
    [TestCase("/verify")]
    [TestCase("/account/sign-in")]
    public async Task Public_pages_render_for_anyone(string url)
    {
        using var client = _app.Client();

        var page = await client.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.DocumentElement.GetAttribute("lang"), Is.EqualTo("fr"));
    }

    [Test]
    public async Task Unknown_content_is_404_not_an_error()
    {
        using var client = _app.Client();
        await client.SignIn("auth-marie", Password);

        Assert.Multiple(async () =>
        {
            Assert.That((await client.Get("/learn/modules/nope")).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.Get("/learn/modules/mopa.maps/lessons/nope")).Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await client.Get("/learn/tracks/nope")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Signed_in_users_land_on_their_area()
    {
        using var client = _app.Client();
        await client.SignIn("auth-marie", Password);

        var home = await client.Get("/");

        Assert.That(home.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(home.Location?.ToString(), Is.EqualTo("/learn"));
    }

    [Test]
    public async Task Sign_out_ends_the_session()
    {
        using var client = _app.Client();
        await client.SignIn("auth-marie", Password);

        var signOut = await client.Post("/account/sign-out", [], tokenFrom: "/learn");

        Assert.That(signOut.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await client.Get("/learn")).Status, Is.EqualTo(HttpStatusCode.Redirect));
    }

    // Coordinator and admin pages (Pages/Coordinate, Pages/Admin) add their cases here: a trainee
    // gets 403 on every one of them (folder policies in TrainingWebApplication).
}
