using System.Text.Json;
using Training.Cli.Tests.Infrastructure;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Cli.Tests.Commands;

/// <summary><c>training users add|list|password</c> and <c>training cohorts assign</c> through the real command.</summary>
public sealed class UserCommandsTests
{
    private const string Password = "correct horse battery";

    [Test]
    public void The_first_admin_is_added_listed_and_can_sign_in()
    {
        using var data = new TempDirectory();

        var empty = TrainingCli.Run(data.Path, "users", "list");
        var added = TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "Root.Admin", "--role", "admin", "--name", "Root", "--password-stdin");
        var listed = TrainingCli.Run(data.Path, "users", "list", "--json");

        Assert.That(empty.ExitCode, Is.EqualTo(0), empty.ToString());
        Assert.That(empty.StdOut, Does.Contain("training users add <user-name> --role admin"));
        Assert.That(added.ExitCode, Is.EqualTo(0), added.ToString());
        Assert.That(added.StdOut, Does.Contain("Added user root.admin (admin)"));
        Assert.That(listed.ExitCode, Is.EqualTo(0), listed.ToString());
        var users = JsonDocument.Parse(listed.StdOut).RootElement.GetProperty("users");
        Assert.That(users.GetArrayLength(), Is.EqualTo(1));
        Assert.That(users[0].GetProperty("userName").GetString(), Is.EqualTo("root.admin"));
        Assert.That(users[0].GetProperty("role").GetString(), Is.EqualTo("admin"));
        Assert.That(users[0].GetProperty("displayName").GetString(), Is.EqualTo("Root"));
        Assert.That(listed.StdOut, Does.Not.Contain(Password).And.Not.Contain("hash").And.Not.Contain("stamp"));
        Assert.That(SignIn(data.Path, "root.admin", Password), Is.EqualTo(new Principal("root.admin", Role.Admin)));
    }

    [Test]
    public void An_account_is_removed_only_with_yes_and_never_the_last_admin()
    {
        using var data = new TempDirectory();
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "root", "--role", "admin", "--password-stdin");
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "claire", "--role", "coordinator", "--password-stdin");

        var unconfirmed = TrainingCli.Run(data.Path, "users", "remove", "claire");
        var unknown = TrainingCli.Run(data.Path, "users", "remove", "nobody", "--yes");
        var removed = TrainingCli.Run(data.Path, "users", "remove", "Claire", "--yes", "--json");
        var lastAdmin = TrainingCli.Run(data.Path, "users", "remove", "root", "--yes");

        Assert.That(unconfirmed.ExitCode, Is.EqualTo(1), unconfirmed.ToString());
        Assert.That(unconfirmed.StdErr, Does.Contain("--yes"));
        Assert.That(unknown.ExitCode, Is.Not.Zero);
        Assert.That(unknown.StdErr, Does.Contain("There is no user 'nobody'"));
        Assert.That(removed.ExitCode, Is.Zero, removed.ToString());
        using (var json = JsonDocument.Parse(removed.StdOut))
        {
            Assert.That((json.RootElement.GetProperty("userName").GetString(), json.RootElement.GetProperty("removed").GetBoolean()), Is.EqualTo(("claire", true)));
        }

        Assert.That(lastAdmin.ExitCode, Is.Not.Zero);
        Assert.That(lastAdmin.StdErr, Does.Contain("last admin"));
        using var listed = JsonDocument.Parse(TrainingCli.Run(data.Path, "users", "list", "--json").StdOut);
        Assert.That(listed.RootElement.GetProperty("users").EnumerateArray().Select(u => u.GetProperty("userName").GetString()), Is.EqualTo(new[] { "root" }));
    }

    [Test]
    public void A_trainee_account_needs_an_existing_trainee()
    {
        using var data = new TempDirectory();

        var missing = TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "ann", "--role", "trainee", "--trainee", "ann", "--password-stdin");
        Assert.That(TrainingCli.Run(data.Path, "trainees", "add", "ann", "--name", "Ann").ExitCode, Is.EqualTo(0));
        var added = TrainingCli.RunWithInput(data.Path, Password + "\r\n", "users", "add", "ann", "--role", "trainee", "--trainee", "ann", "--password-stdin", "--json");

        Assert.That(missing.ExitCode, Is.EqualTo(1), missing.ToString());
        Assert.That(missing.StdErr, Does.Contain("There is no trainee 'ann'").And.Contain("trainees add"));
        Assert.That(added.ExitCode, Is.EqualTo(0), added.ToString());
        Assert.That(JsonDocument.Parse(added.StdOut).RootElement.GetProperty("trainee").GetString(), Is.EqualTo("ann"));
        Assert.That(SignIn(data.Path, "ann", Password), Is.EqualTo(new Principal("ann", Role.Trainee, "ann")), "the line ending is not part of the password");
    }

    [Test]
    public void Without_a_terminal_the_password_must_come_from_stdin()
    {
        using var data = new TempDirectory();

        var result = TrainingCli.Run(data.Path, "users", "add", "root", "--role", "admin");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.StdErr, Does.Contain("--password-stdin"));
        Assert.That(TrainingCli.Run(data.Path, "users", "list").StdOut, Does.Contain("No user accounts yet"));
    }

    [Test]
    public void Bad_input_is_refused_with_a_clear_message()
    {
        using var data = new TempDirectory();
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "root", "--role", "admin", "--password-stdin");

        var shortPassword = TrainingCli.RunWithInput(data.Path, "short\n", "users", "add", "other", "--role", "admin", "--password-stdin");
        var duplicate = TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "ROOT", "--role", "coordinator", "--password-stdin");
        var badName = TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "a b", "--role", "admin", "--password-stdin");
        var badRole = TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "boss", "--role", "boss", "--password-stdin");
        var noInput = TrainingCli.RunWithInput(data.Path, string.Empty, "users", "add", "other", "--role", "admin", "--password-stdin");

        Assert.That((shortPassword.ExitCode, duplicate.ExitCode, badName.ExitCode, badRole.ExitCode, noInput.ExitCode), Is.EqualTo((1, 1, 1, 2, 2)));
        Assert.That(shortPassword.StdErr, Does.Contain("at least 10 characters"));
        Assert.That(duplicate.StdErr, Does.Contain("'root' is taken"));
        Assert.That(badName.StdErr, Does.Contain("not a valid user name"));
        Assert.That(noInput.StdErr, Does.Contain("standard input is empty"));
        Assert.That(shortPassword.StdErr + duplicate.StdErr, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(JsonDocument.Parse(TrainingCli.Run(data.Path, "users", "list", "--json").StdOut).RootElement.GetProperty("users").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void A_password_is_changed_from_stdin()
    {
        using var data = new TempDirectory();
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "root", "--role", "admin", "--password-stdin");

        var changed = TrainingCli.RunWithInput(data.Path, "a brand new secret\n", "users", "password", "ROOT", "--password-stdin");
        var unknown = TrainingCli.RunWithInput(data.Path, "a brand new secret\n", "users", "password", "nobody", "--password-stdin");

        Assert.That(changed.ExitCode, Is.EqualTo(0), changed.ToString());
        Assert.That(changed.StdOut, Does.Contain("Changed the password of root"));
        Assert.That(unknown.ExitCode, Is.EqualTo(1), unknown.ToString());
        Assert.That(unknown.StdErr, Does.Contain("There is no user 'nobody'"));
        Assert.That(SignIn(data.Path, "root", Password), Is.Null);
        Assert.That(SignIn(data.Path, "root", "a brand new secret"), Is.Not.Null);
    }

    [Test]
    public void A_coordinator_is_assigned_to_a_cohort()
    {
        using var data = new TempDirectory();
        var good = TestModules.Good;
        Assert.That(TrainingCli.Run(data.Path, "cohorts", "create", "spring", "--track", "tests.track", "--modules", good).ExitCode, Is.EqualTo(0));
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "coach", "--role", "coordinator", "--password-stdin");
        TrainingCli.RunWithInput(data.Path, Password + "\n", "users", "add", "root", "--role", "admin", "--password-stdin");

        var assigned = TrainingCli.Run(data.Path, "cohorts", "assign", "Spring", "coach", "--modules", good);
        var again = TrainingCli.Run(data.Path, "cohorts", "assign", "spring", "coach", "--json", "--modules", good);
        var admin = TrainingCli.Run(data.Path, "cohorts", "assign", "spring", "root", "--modules", good);
        var noCohort = TrainingCli.Run(data.Path, "cohorts", "assign", "autumn", "coach", "--modules", good);

        Assert.That(assigned.ExitCode, Is.EqualTo(0), assigned.ToString());
        Assert.That(assigned.StdOut, Does.Contain("Assigned coordinator coach to cohort spring."));
        Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
        Assert.That(JsonDocument.Parse(again.StdOut).RootElement.GetProperty("assigned").GetBoolean(), Is.False);
        Assert.That(admin.ExitCode, Is.EqualTo(1), admin.ToString());
        Assert.That(admin.StdErr, Does.Contain("only coordinator accounts"));
        Assert.That(noCohort.ExitCode, Is.EqualTo(1), noCohort.ToString());
        Assert.That(noCohort.StdErr, Does.Contain("There is no cohort 'autumn'"));
        using var store = SqliteLearningStore.Open(data.Path);
        Assert.That(new UserAccounts(store, TimeProvider.System).ListCoordinators("spring"), Is.EqualTo(new[] { "coach" }));
    }

    private static Principal? SignIn(string data, string userName, string password)
    {
        using var store = SqliteLearningStore.Open(data);
        return new UserAccounts(store, TimeProvider.System).SignIn(userName, password);
    }
}
