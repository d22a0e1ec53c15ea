using System.Net;
using Training.Engine.Access;
using Training.Web.Security;
using Training.Web.Tests.Infrastructure;

namespace Training.Web.Tests.Security;

/// <summary>Signing in: wrong passwords, the first-start hint, rate limiting, antiforgery and cookie settings.</summary>
public sealed class SignInTests
{
    private const string Password = "correct-horse-battery";

    private static WebApp Shared => SharedHost.App;

    [OneTimeSetUp]
    public void Start() => Shared.AddUser("signin-admin", Password, Role.Admin);

    [Test]
    public async Task First_start_explains_how_to_create_the_first_admin()
    {
        using var app = new WebApp();
        using var client = app.Client();

        var page = await client.Get("/account/sign-in");

        Assert.That(page.Document.QuerySelector("#first-admin")?.TextContent, Does.Contain("users add admin --role admin").And.Contain(app.DataDirectory));

        app.AddUser("admin", Password, Role.Admin);
        Assert.That((await client.Get("/account/sign-in")).Document.QuerySelector("#first-admin"), Is.Null);
    }

    [Test]
    public async Task Wrong_password_and_unknown_user_get_the_same_answer()
    {
        using var client = Shared.Client();

        var wrong = await client.Post("/account/sign-in", [new("UserName", "signin-admin"), new("Password", "not-the-password")]);
        var unknown = await client.Post("/account/sign-in", [new("UserName", "nobody"), new("Password", "not-the-password")]);

        Assert.That(wrong.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(wrong.Document.QuerySelector("[role=alert]")?.TextContent, Is.EqualTo(unknown.Document.QuerySelector("[role=alert]")?.TextContent).And.Not.Empty);
    }

    [Test]
    public async Task Sign_in_cookie_is_http_only_secure_and_same_site()
    {
        using var client = Shared.Client();
        var token = (await client.Get("/account/sign-in")).AntiforgeryToken;

        using var content = new FormUrlEncodedContent([new("UserName", "signin-admin"), new("Password", Password), new("__RequestVerificationToken", token!)]);
        using var response = await client.Http.PostAsync("/account/sign-in", content);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("training.auth=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("secure").IgnoreCase.And.Contain("samesite=lax").IgnoreCase);
    }

    [Test]
    public async Task Sign_in_is_rate_limited_per_user_name()
    {
        using var app = new WebApp(new Dictionary<string, string?> { ["Training:SignIn:PerUser"] = "3" });
        app.AddUser("admin", Password, Role.Admin);
        using var client = app.Client();

        for (var i = 0; i < 3; i++)
        {
            Assert.That((await client.Post("/account/sign-in", [new("UserName", "admin"), new("Password", "wrong-password")])).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var limited = await client.Post("/account/sign-in", [new("UserName", "admin"), new("Password", Password)]);
        var otherUser = await client.Post("/account/sign-in", [new("UserName", "someone-else"), new("Password", "wrong-password")]);

        Assert.That(limited.Status, Is.EqualTo((HttpStatusCode)429));
        Assert.That(limited.Text, Does.Contain("Trop de tentatives"));
        Assert.That(otherUser.Status, Is.EqualTo(HttpStatusCode.Unauthorized), "the limit is per user name");
    }

    [Test]
    public async Task Sign_in_is_rate_limited_per_client_address()
    {
        using var app = new WebApp(new Dictionary<string, string?> { ["Training:SignIn:PerAddress"] = "2" });
        using var client = app.Client();

        await client.Post("/account/sign-in", [new("UserName", "a1"), new("Password", "wrong-password")]);
        await client.Post("/account/sign-in", [new("UserName", "a2"), new("Password", "wrong-password")]);
        var third = await client.Post("/account/sign-in", [new("UserName", "a3"), new("Password", "wrong-password")]);

        Assert.That(third.Status, Is.EqualTo((HttpStatusCode)429));
        Assert.That((await client.Get("/account/sign-in")).Status, Is.EqualTo(HttpStatusCode.OK), "pages are not limited, only sign-in attempts");
    }

    [Test]
    public async Task Posts_without_the_antiforgery_token_are_rejected()
    {
        Shared.AddTrainee("nadia", Password, "mopa.ant");
        using var client = Shared.Client();
        await client.SignIn("nadia", Password);

        var signIn = await client.PostWithToken("/account/sign-in", [new("UserName", "nadia"), new("Password", Password)], token: null);
        var complete = await client.PostWithToken("/learn/modules/mopa.maps/lessons/latitude-longitude", [], token: null);
        var forged = await client.PostWithToken("/learn/modules/mopa.maps/lessons/latitude-longitude", [], token: "forged");

        Assert.That(signIn.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(complete.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(forged.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Shared.Platform.Records.GetProgress("nadia").Modules.Single(m => m.Id == "mopa.maps").LessonsCompleted, Is.Zero, "nothing was recorded");
    }

    [Test]
    public async Task A_password_change_signs_out_other_sessions()
    {
        Shared.AddTrainee("olga", Password, "mopa.ant");
        using var client = Shared.Client();
        await client.SignIn("olga", Password);

        Shared.Platform.Accounts.SetPassword("olga", "a-brand-new-password");
        SharedHost.Time.Advance(AccountCookieValidator.Interval + TimeSpan.FromSeconds(1));
        var page = await client.Get("/learn");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location?.ToString(), Does.Contain("/account/sign-in"));
    }

    [Test]
    public async Task An_admin_who_changes_their_own_password_stays_signed_in_here_only()
    {
        Shared.AddUser("self-admin", Password, Role.Admin);
        using var here = Shared.Client();
        using var elsewhere = Shared.Client();
        await here.SignIn("self-admin", Password);
        await elsewhere.SignIn("self-admin", Password);

        var changed = await here.Post("/admin/users?handler=setpassword",
            [new("userName", "self-admin"), new("password", "my-own-new-password"), new("confirm", "my-own-new-password")], tokenFrom: "/admin/users");
        SharedHost.Time.Advance(AccountCookieValidator.Interval + TimeSpan.FromSeconds(1));

        Assert.That(changed.Document.QuerySelector("#password-outcome.good"), Is.Not.Null, changed.Text);
        Assert.That((await here.Get("/admin/users")).Status, Is.EqualTo(HttpStatusCode.OK), "the session that changed it is renewed");
        Assert.That((await elsewhere.Get("/admin/users")).Location?.ToString(), Does.Contain("/account/sign-in"), "other sessions are signed out");
    }

    [Test]
    public async Task A_removed_account_is_signed_out_at_the_next_check()
    {
        Shared.AddTrainee("rita", Password, "mopa.ant");
        using var client = Shared.Client();
        await client.SignIn("rita", Password);

        Shared.Platform.Accounts.Remove("rita");
        SharedHost.Time.Advance(AccountCookieValidator.Interval + TimeSpan.FromSeconds(1));
        var page = await client.Get("/learn");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location?.ToString(), Does.Contain("/account/sign-in"));
    }

    [Test]
    public async Task An_unchanged_account_stays_signed_in_after_the_check()
    {
        Shared.AddTrainee("paula", Password, "mopa.ant");
        using var client = Shared.Client();
        await client.SignIn("paula", Password);

        SharedHost.Time.Advance(AccountCookieValidator.Interval + TimeSpan.FromSeconds(1));

        Assert.That((await client.Get("/learn")).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.Get("/learn")).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}
