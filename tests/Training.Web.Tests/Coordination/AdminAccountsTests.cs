using System.Net;
using Training.Engine.Access;

namespace Training.Web.Tests.Coordination;

/// <summary>The admin creates trainees, accounts and cohorts and assigns coordinators from the browser, through the engine's admin workspace.</summary>
public sealed class AdminAccountsTests
{
    private StaffScenario _scenario = null!;

    [OneTimeSetUp]
    public void Start() => _scenario = StaffScenario.Writable;

    [Test]
    public async Task The_admin_registers_a_trainee_gives_her_an_account_and_puts_her_in_a_cohort()
    {
        var admin = await _scenario.As("admin");

        var trainee = await admin.Post("/admin/users?handler=addtrainee", [new("id", "fanny"), new("name", "Fanny Faure"), new("email", "fanny@example.org")], tokenFrom: "/admin/users");
        var account = await admin.Post("/admin/users?handler=adduser",
            [new("userName", "fanny"), new("displayName", "Fanny"), new("role", "trainee"), new("traineeId", "fanny"), new("password", "fanny-password-1"), new("confirm", "fanny-password-1")],
            tokenFrom: "/admin/users");
        var members = await admin.Post("/admin/cohorts?handler=addmembers", [new("cohortId", "b"), new("traineeIds", "fanny")], tokenFrom: "/admin/cohorts");

        Assert.That(trainee.Document.QuerySelector("#trainee-outcome")?.TextContent, Does.Contain("fanny"));
        Assert.That(account.Document.QuerySelector("#user-outcome.good")?.TextContent, Does.Contain("fanny"), account.Text);
        Assert.That(account.Document.QuerySelector("#users tr[data-user=fanny]")?.TextContent, Does.Contain("stagiaire"));
        Assert.That(members.Document.QuerySelector("#members-outcome.good")?.TextContent, Does.Contain("1 ajouté(s)"));
        using var fanny = _scenario.App.Client();
        await fanny.SignIn("fanny", "fanny-password-1");
        Assert.That((await fanny.Get("/learn")).Status, Is.EqualTo(HttpStatusCode.OK));
        var coordinator = await _scenario.As("coord-b");
        Assert.That((await coordinator.Get("/coordinate/cohorts/b")).Document.QuerySelector("#matrix tr[data-trainee=fanny]"), Is.Not.Null);
    }

    [TestCase("shorty", "coordinator", "", "short", "short", "10")]
    [TestCase("twice", "coordinator", "", "first-password-1", "second-password-2", "pas identiques")]
    [TestCase("lonely", "trainee", "", "lonely-password-1", "lonely-password-1", "trainee")]
    [TestCase("anna", "coordinator", "", "another-password-1", "another-password-1", "anna")]
    public async Task A_refused_account_says_why_and_creates_nothing(string userName, string role, string trainee, string password, string confirm, string reason)
    {
        var admin = await _scenario.As("admin");
        var before = _scenario.App.Platform.Accounts.List().Count;

        var page = await admin.Post("/admin/users?handler=adduser",
            [new("userName", userName), new("role", role), new("traineeId", trainee), new("password", password), new("confirm", confirm)],
            tokenFrom: "/admin/users");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.Document.QuerySelector("#user-outcome.bad")?.TextContent, Does.Contain(reason));
        Assert.That(_scenario.App.Platform.Accounts.List(), Has.Count.EqualTo(before));
    }

    [Test]
    public async Task The_admin_gives_a_user_who_forgot_it_a_new_password()
    {
        _scenario.App.AddUser("forgetful", "forgotten-password-1", Role.Coordinator);
        using var elsewhere = _scenario.App.Client();
        await elsewhere.SignIn("forgetful", "forgotten-password-1");
        var admin = await _scenario.As("admin");

        var changed = await admin.Post("/admin/users?handler=setpassword",
            [new("userName", "forgetful"), new("password", "remembered-password-2"), new("confirm", "remembered-password-2")], tokenFrom: "/admin/users");

        Assert.That(changed.Document.QuerySelector("#password-outcome.good")?.TextContent, Does.Contain("forgetful"), changed.Text);
        Assert.That(_scenario.App.Platform.Accounts.SignIn("forgetful", "forgotten-password-1"), Is.Null, "the old password no longer works");
        Assert.That(_scenario.App.Platform.Accounts.SignIn("forgetful", "remembered-password-2"), Is.Not.Null);
        var audit = _scenario.App.Platform.Accounts.ListEvents("forgetful").Last();
        Assert.That((audit.Kind, audit.Actor), Is.EqualTo(("password-changed", "admin")), "the account's history says who changed it");
        using var again = _scenario.App.Client();
        await again.SignIn("forgetful", "remembered-password-2");
    }

    [TestCase("anna", "short", "short", "10")]
    [TestCase("anna", "first-password-1", "second-password-2", "pas identiques")]
    [TestCase("nobody-here", "some-password-1", "some-password-1", "nobody-here")]
    public async Task A_refused_new_password_says_why_and_changes_nothing(string userName, string password, string confirm, string reason)
    {
        var admin = await _scenario.As("admin");
        var before = _scenario.App.Platform.Accounts.ListEvents().Count;

        var page = await admin.Post("/admin/users?handler=setpassword", [new("userName", userName), new("password", password), new("confirm", confirm)], tokenFrom: "/admin/users");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(page.Document.QuerySelector("#password-outcome.bad")?.TextContent, Does.Contain(reason));
        Assert.That(_scenario.App.Platform.Accounts.ListEvents(), Has.Count.EqualTo(before), "no password change recorded");
    }

    [Test]
    public async Task The_admin_removes_the_account_of_someone_who_left_after_confirming()
    {
        _scenario.App.AddUser("leaver", "leaver-password-1", Role.Coordinator);
        var admin = await _scenario.As("admin");

        var unconfirmed = await admin.Post("/admin/users?handler=removeuser", [new("userName", "leaver")], tokenFrom: "/admin/users");
        Assert.That(unconfirmed.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(_scenario.App.Platform.Accounts.Find("leaver"), Is.Not.Null, "nothing removed without the confirmation box");

        var removed = await admin.Post("/admin/users?handler=removeuser", [new("userName", "leaver"), new("confirm", "yes")], tokenFrom: "/admin/users");
        var self = await admin.Post("/admin/users?handler=removeuser", [new("userName", "admin"), new("confirm", "yes")], tokenFrom: "/admin/users");

        Assert.That(removed.Document.QuerySelector("#remove-outcome.good")?.TextContent, Does.Contain("leaver"), removed.Text);
        Assert.That(removed.Document.QuerySelector("#users tr[data-user=leaver]"), Is.Null);
        Assert.That(_scenario.App.Platform.Accounts.SignIn("leaver", "leaver-password-1"), Is.Null);
        Assert.That(self.Document.QuerySelector("#remove-outcome.bad")?.TextContent, Does.Contain("signed in with"));
        Assert.That(removed.Document.QuerySelectorAll("#remove-user-name option").Select(o => o.GetAttribute("value")), Does.Not.Contain("admin"), "the admin's own account is not offered");
    }

    [Test]
    public async Task Only_an_admin_removes_accounts()
    {
        var coordinator = await _scenario.As("coord-a");

        var page = await coordinator.Post("/admin/users?handler=removeuser", [new("userName", "anna"), new("confirm", "yes")], tokenFrom: "/coordinate");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_scenario.App.Platform.Accounts.Find("anna"), Is.Not.Null);
    }

    [Test]
    public async Task Only_an_admin_sets_passwords()
    {
        var coordinator = await _scenario.As("coord-a");

        var page = await coordinator.Post("/admin/users?handler=setpassword",
            [new("userName", "anna"), new("password", "taken-over-password-1"), new("confirm", "taken-over-password-1")], tokenFrom: "/coordinate");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(_scenario.App.Platform.Accounts.SignIn("anna", "taken-over-password-1"), Is.Null);
    }

    [Test]
    public async Task The_admin_creates_a_cohort_and_assigns_a_coordinator_who_then_sees_it()
    {
        var admin = await _scenario.As("admin");

        var created = await admin.Post("/admin/cohorts?handler=create", [new("id", "autumn"), new("trackId", "rev.track"), new("title", "Automne"), new("deadline", "2099-10-31")], tokenFrom: "/admin/cohorts");
        var assigned = await admin.Post("/admin/cohorts?handler=assign", [new("cohortId", "autumn"), new("userName", "coord-a")], tokenFrom: "/admin/cohorts");
        var notACoordinator = await admin.Post("/admin/cohorts?handler=assign", [new("cohortId", "autumn"), new("userName", "anna")], tokenFrom: "/admin/cohorts");

        Assert.That(created.Document.QuerySelector("#create-outcome.good")?.TextContent, Does.Contain("autumn"));
        Assert.That(assigned.Document.QuerySelector("tr[data-cohort=autumn]")?.TextContent, Does.Contain("coord-a"));
        Assert.That(notACoordinator.Status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(notACoordinator.Document.QuerySelector("#assign-outcome.bad"), Is.Not.Null);
        var coordinator = await _scenario.As("coord-a");
        Assert.That((await coordinator.Get("/coordinate/cohorts/autumn")).Status, Is.EqualTo(HttpStatusCode.OK));

        var removed = await admin.Post("/admin/cohorts?handler=unassign", [new("cohortId", "autumn"), new("userName", "coord-a")], tokenFrom: "/admin/cohorts");
        Assert.That(removed.Document.QuerySelector("#assign-outcome.good"), Is.Not.Null);
        Assert.That((await coordinator.Get("/coordinate/cohorts/autumn")).Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_roster_import_adds_and_creates_trainees()
    {
        var workspace = _scenario.App.Platform.Access.ForAdmin(Principal.LocalOperator);
        workspace.CreateCohort("winter", "rev.track");
        workspace.AddToCohort("winter", ["eli"]);
        var admin = await _scenario.As("admin");
        var token = (await admin.Get("/admin/cohorts")).AntiforgeryToken!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("winter"), "cohortId" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("id,name,email\ngus,Gus Garnier,gus@example.org\neli,Éli Estève,\n"), "roster", "roster.csv" },
        };

        using var response = await admin.Http.PostAsync("/admin/cohorts?handler=import", form);
        var page = await Infrastructure.WebClient.Page.Read(response);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK), page.Text);
        Assert.That(page.Document.QuerySelector("#members-outcome.good")?.TextContent, Does.Contain("1 ajouté(s), 1 déjà membre(s), 1 créé(s)"));
        Assert.That(_scenario.App.Platform.Access.ForAdmin(Principal.LocalOperator).Coordination.GetCohort("winter").Members, Is.EqualTo(2));
    }
}
