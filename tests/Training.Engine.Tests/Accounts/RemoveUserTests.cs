using Training.Engine.Access;
using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Engine.Records.Storage;

namespace Training.Engine.Tests.Accounts;

/// <summary>Removing the account of someone who left: signing in stops, learning records and the account history stay.</summary>
public sealed class RemoveUserTests
{
    [Test]
    public void A_removed_account_cannot_sign_in_and_its_cohort_assignments_go_but_its_history_stays()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();
        accounts.Add("boss", AccountsFixture.Password, Role.Admin);
        accounts.Add("claire", AccountsFixture.Password, Role.Coordinator);
        fixture.Store.Write(writer =>
        {
            writer.InsertCohort(new Cohort("spring", "some.track", null, null, fixture.Clock.GetUtcNow(), 0));
            return 0;
        });
        accounts.AssignCoordinator("spring", "claire");

        fixture.Access().ForAdmin(accounts.SignIn("boss", AccountsFixture.Password)!).RemoveUser("Claire");

        Assert.That(accounts.SignIn("claire", AccountsFixture.Password), Is.Null);
        Assert.That(accounts.Find("claire"), Is.Null);
        Assert.That(accounts.ListCoordinators("spring"), Is.Empty);
        var history = accounts.ListEvents("claire");
        Assert.That(history.Select(e => e.Kind), Is.EqualTo(new[] { AccountEventKinds.UserAdded, AccountEventKinds.CoordinatorAssigned, AccountEventKinds.UserRemoved }));
        Assert.That((history[^1].Actor, history[^1].Data), Is.EqualTo(("boss", """{"role":"coordinator","trainee":null}""")));

        accounts.Add("claire", AccountsFixture.Password, Role.Coordinator);
        Assert.That(accounts.ListCoordinators("spring"), Is.Empty, "a new account of the same name does not inherit the old assignments");
    }

    [Test]
    public void A_trainee_accounts_learning_records_stay_with_the_trainee()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();
        fixture.Records.AddTrainee("lea", "Léa Martin");
        var before = fixture.Records.ListEvents("lea");
        accounts.Add("lea", AccountsFixture.Password, Role.Trainee, "lea");

        accounts.Remove("lea");

        Assert.That(fixture.Records.ListEvents("lea"), Is.EqualTo(before).And.Not.Empty, "the trainee and every learning event stay");
        Assert.That(accounts.ListEvents("lea")[^1].Data, Is.EqualTo("""{"role":"trainee","trainee":"lea"}"""));
        accounts.Add("lea2", AccountsFixture.Password, Role.Trainee, "lea");
        Assert.That(accounts.SignIn("lea2", AccountsFixture.Password)?.TraineeId, Is.EqualTo("lea"), "the trainee can get a new account");
    }

    [Test]
    public void The_last_admin_and_an_admins_own_account_are_refused_and_nothing_changes()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();
        accounts.Add("boss", AccountsFixture.Password, Role.Admin);
        accounts.Add("deputy", AccountsFixture.Password, Role.Admin);
        var boss = accounts.SignIn("boss", AccountsFixture.Password)!;

        var own = Assert.Throws<LearningRecordsException>(() => fixture.Access().ForAdmin(boss).RemoveUser("boss"))!;
        accounts.Remove("deputy");
        var last = Assert.Throws<LearningRecordsException>(() => accounts.Remove("boss"))!;
        var unknown = Assert.Throws<LearningRecordsException>(() => accounts.Remove("nobody"))!;

        Assert.That((own.Kind, own.Message), Is.EqualTo((LearningRecordsErrorKind.Refused, "You cannot remove the account you are signed in with. Another admin can, or run 'training users remove' on the server.")));
        Assert.That(last.Kind, Is.EqualTo(LearningRecordsErrorKind.Refused));
        Assert.That(last.Message, Does.Contain("last admin").And.Contain("training users add NAME --role admin"));
        Assert.That(unknown.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(accounts.List().Select(a => a.UserName), Is.EqualTo(new[] { "boss" }));
        Assert.That(accounts.ListEvents("boss").Select(e => e.Kind), Is.EqualTo(new[] { AccountEventKinds.UserAdded }), "refusals record nothing");
    }
}
