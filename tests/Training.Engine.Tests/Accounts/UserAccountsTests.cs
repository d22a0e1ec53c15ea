using Microsoft.AspNetCore.Identity;
using Training.Engine.Access;
using Training.Engine.Cohorts;
using Training.Engine.Records;
using Training.Engine.Records.Storage;

namespace Training.Engine.Tests.Accounts;

/// <summary>Accounts: hashing with ASP.NET Core's password hasher, sign-in, names, passwords, events.</summary>
public sealed class UserAccountsTests
{
    [Test]
    public void The_stored_hash_is_a_current_format_hash_and_not_the_password()
    {
        using var fixture = new AccountsFixture();
        fixture.Accounts(null).Add("jane", AccountsFixture.Password, Role.Admin);

        var hash = fixture.StoredHash("jane");
        var bytes = Convert.FromBase64String(hash);

        Assert.That(hash, Does.Not.Contain(AccountsFixture.Password));
        Assert.That(bytes[0], Is.EqualTo(0x01), "Identity v3 format marker");
        Assert.That(bytes, Has.Length.GreaterThan(40), "salt and subkey");
    }

    [Test]
    public void Sign_in_gives_the_principal_for_the_right_password_only()
    {
        using var fixture = new AccountsFixture();
        fixture.Records.AddTrainee("ann", "Ann");
        var accounts = fixture.Accounts();
        accounts.Add("ann.account", AccountsFixture.Password, Role.Trainee, "ann");

        Assert.That(accounts.SignIn("ann.account", AccountsFixture.Password), Is.EqualTo(new Principal("ann.account", Role.Trainee, "ann")));
        Assert.That(accounts.SignIn("ANN.Account", AccountsFixture.Password), Is.Not.Null, "user names ignore case");
        Assert.That(accounts.SignIn("ann.account", AccountsFixture.Password + "!"), Is.Null);
        Assert.That(accounts.SignIn("ann.account", AccountsFixture.Password.ToUpperInvariant()), Is.Null);
        Assert.That(accounts.SignIn("ann.account", string.Empty), Is.Null);
        Assert.That(accounts.SignIn("nobody", AccountsFixture.Password), Is.Null);
        Assert.That(accounts.SignIn("not a name!", AccountsFixture.Password), Is.Null);
    }

    [Test]
    public void An_older_format_hash_is_replaced_on_the_next_sign_in_and_still_works()
    {
        using var fixture = new AccountsFixture();
        fixture.Accounts(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 })
            .Add("old", AccountsFixture.Password, Role.Coordinator);
        var before = fixture.Store.Read(reader => reader.FindUser("old"))!;
        Assert.That(Convert.FromBase64String(before.PasswordHash)[0], Is.EqualTo(0x00), "Identity v2 format marker");
        var accounts = fixture.Accounts(null);

        var principal = accounts.SignIn("old", AccountsFixture.Password);

        var after = fixture.Store.Read(reader => reader.FindUser("old"))!;
        Assert.That(principal, Is.EqualTo(new Principal("old", Role.Coordinator)));
        Assert.That(Convert.FromBase64String(after.PasswordHash)[0], Is.EqualTo(0x01), "rehashed to v3");
        Assert.That(after.SecurityStamp, Is.EqualTo(before.SecurityStamp), "the password did not change: sessions stay valid");
        Assert.That(accounts.SignIn("old", AccountsFixture.Password), Is.Not.Null);
        Assert.That(accounts.SignIn("old", "wrong password!"), Is.Null);
        Assert.That(fixture.StoredHash("old"), Is.EqualTo(after.PasswordHash), "a current hash is not rewritten");
    }

    [Test]
    public void A_wrong_password_on_an_older_hash_does_not_rehash()
    {
        using var fixture = new AccountsFixture();
        fixture.Accounts(new PasswordHasherOptions { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2 })
            .Add("old", AccountsFixture.Password, Role.Coordinator);
        var before = fixture.StoredHash("old");

        Assert.That(fixture.Accounts().SignIn("old", "not the password"), Is.Null);

        Assert.That(fixture.StoredHash("old"), Is.EqualTo(before));
    }

    [TestCase("jo")]
    [TestCase("jane.doe")]
    [TestCase("a_b-c.9")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123")]
    public void Valid_user_names_are_accepted(string userName)
    {
        using var fixture = new AccountsFixture();

        Assert.That(fixture.Accounts().Add(userName, AccountsFixture.Password, Role.Admin).UserName, Is.EqualTo(userName));
    }

    [TestCase("j")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("jane doe")]
    [TestCase("émile")]
    [TestCase("jane@example.org")]
    [TestCase("01234567890123456789012345678901234567890123456789012345678901234")]
    [TestCase("local-operator")]
    public void Invalid_or_reserved_user_names_are_refused(string userName)
    {
        using var fixture = new AccountsFixture();

        var refusal = Assert.Throws<LearningRecordsException>(() => fixture.Accounts().Add(userName, AccountsFixture.Password, Role.Admin));

        Assert.That(refusal!.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
        Assert.That(fixture.Accounts().Any(), Is.False);
    }

    [Test]
    public void User_names_are_lower_cased_and_unique_ignoring_case()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();

        var jane = accounts.Add(" Jane.Doe ", AccountsFixture.Password, Role.Admin);
        var refusal = Assert.Throws<LearningRecordsException>(() => accounts.Add("JANE.DOE", AccountsFixture.Password, Role.Coordinator));

        Assert.That(jane.UserName, Is.EqualTo("jane.doe"));
        Assert.That(refusal!.Kind, Is.EqualTo(LearningRecordsErrorKind.Conflict));
        Assert.That(accounts.List().Select(a => (a.UserName, a.Role)), Is.EqualTo(new[] { ("jane.doe", Role.Admin) }));
        Assert.That(accounts.Get("JANE.doe").UserName, Is.EqualTo("jane.doe"));
    }

    [Test]
    public void The_database_itself_refuses_a_user_name_differing_only_by_case()
    {
        using var fixture = new AccountsFixture();
        fixture.Accounts().Add("jane", AccountsFixture.Password, Role.Admin);
        var row = fixture.Store.Read(reader => reader.FindUser("jane"))!;

        Assert.That(() => fixture.Store.Write(writer =>
        {
            writer.InsertUser(row with { UserName = "JANE" });
            return 0;
        }), Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>());
    }

    [TestCase("123456789", false)]
    [TestCase("1234567890", true)]
    public void Passwords_need_at_least_ten_characters(string password, bool accepted)
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();

        if (accepted)
        {
            accounts.Add("jane", password, Role.Admin);
            Assert.That(accounts.SignIn("jane", password), Is.Not.Null);
        }
        else
        {
            var refusal = Assert.Throws<LearningRecordsException>(() => accounts.Add("jane", password, Role.Admin));
            Assert.That(refusal!.Message, Does.Contain("at least 10 characters"));
            Assert.That(accounts.Any(), Is.False);
        }
    }

    [Test]
    public void A_trainee_account_acts_as_one_existing_trainee()
    {
        using var fixture = new AccountsFixture();
        fixture.Records.AddTrainee("ann", "Ann");
        var accounts = fixture.Accounts();

        var noTrainee = Assert.Throws<LearningRecordsException>(() => accounts.Add("ann", AccountsFixture.Password, Role.Trainee));
        var unknown = Assert.Throws<LearningRecordsException>(() => accounts.Add("ann", AccountsFixture.Password, Role.Trainee, "nobody"));
        var coordinator = Assert.Throws<LearningRecordsException>(() => accounts.Add("coach", AccountsFixture.Password, Role.Coordinator, "ann"));
        accounts.Add("ann", AccountsFixture.Password, Role.Trainee, "ANN", "Ann A.");
        var second = Assert.Throws<LearningRecordsException>(() => accounts.Add("ann2", AccountsFixture.Password, Role.Trainee, "ann"));

        Assert.That((noTrainee!.Kind, unknown!.Kind, coordinator!.Kind, second!.Kind), Is.EqualTo((LearningRecordsErrorKind.Invalid, LearningRecordsErrorKind.NotFound, LearningRecordsErrorKind.Invalid, LearningRecordsErrorKind.Conflict)));
        var ann = accounts.Get("ann");
        Assert.That((ann.TraineeId, ann.DisplayName, ann.Role), Is.EqualTo(("ann", "Ann A.", Role.Trainee)));
        Assert.That(accounts.List(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Changing_a_password_replaces_the_security_stamp_and_the_old_password_stops_working()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();
        var created = accounts.Add("jane", AccountsFixture.Password, Role.Admin);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        accounts.SetPassword("Jane", "another long password");

        var changed = accounts.Get("jane");
        Assert.That(changed.SecurityStamp, Is.Not.EqualTo(created.SecurityStamp).And.Not.Empty);
        Assert.That(changed.UpdatedAt, Is.EqualTo(created.CreatedAt + TimeSpan.FromMinutes(5)));
        Assert.That(accounts.SignIn("jane", AccountsFixture.Password), Is.Null);
        Assert.That(accounts.SignIn("jane", "another long password"), Is.Not.Null);
        Assert.Throws<LearningRecordsException>(() => accounts.SetPassword("jane", "short"));
        Assert.That(Assert.Throws<LearningRecordsException>(() => accounts.SetPassword("nobody", "another long password"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
    }

    [Test]
    public void Account_changes_are_logged_without_passwords_or_hashes()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();
        fixture.Records.AddTrainee("ann", "Ann");
        accounts.Add("jane", AccountsFixture.Password, Role.Coordinator);
        accounts.SetPassword("jane", "another long password");
        Assert.Throws<LearningRecordsException>(() => accounts.Add("jane", AccountsFixture.Password, Role.Admin));

        var events = accounts.ListEvents();

        Assert.That(events.Select(e => (e.Kind, e.UserName)), Is.EqualTo(new[] { (AccountEventKinds.UserAdded, "jane"), (AccountEventKinds.PasswordChanged, "jane") }));
        var hash = fixture.StoredHash("jane");
        foreach (var accountEvent in events)
        {
            var text = accountEvent.ToString();
            Assert.That(text, Does.Not.Contain(AccountsFixture.Password).And.Not.Contain("another long password").And.Not.Contain(hash));
        }

        Assert.That(fixture.Records.ListEvents().Select(e => e.Kind), Is.EqualTo(new[] { "trainee-added" }), "learning events are untouched");
    }

    [Test]
    public void The_account_log_is_append_only()
    {
        using var fixture = new AccountsFixture();
        fixture.Accounts().Add("jane", AccountsFixture.Password, Role.Admin);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.Store.DatabasePath}");
        connection.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM account_events";
        Assert.That(() => delete.ExecuteNonQuery(), Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>().With.Message.Contains("append-only"));
    }

    [Test]
    public void Any_tells_whether_the_first_account_exists()
    {
        using var fixture = new AccountsFixture();
        var accounts = fixture.Accounts();

        Assert.That(accounts.Any(), Is.False);
        accounts.Add("admin", AccountsFixture.Password, Role.Admin);
        Assert.That(accounts.Any(), Is.True);
    }

    [Test]
    public void Only_coordinator_accounts_are_assigned_to_existing_cohorts()
    {
        using var fixture = new AccountsFixture();
        fixture.Records.AddTrainee("ann", "Ann");
        var accounts = fixture.Accounts();
        accounts.Add("coach", AccountsFixture.Password, Role.Coordinator);
        accounts.Add("boss", AccountsFixture.Password, Role.Admin);
        accounts.Add("ann", AccountsFixture.Password, Role.Trainee, "ann");
        fixture.Store.Write(writer =>
        {
            writer.InsertCohort(new Cohort("spring", "some.track", null, null, fixture.Clock.GetUtcNow(), 0));
            return 0;
        });

        Assert.That(accounts.AssignCoordinator("Spring", "COACH"), Is.True);
        Assert.That(accounts.AssignCoordinator("spring", "coach"), Is.False, "assigning twice changes nothing");
        Assert.That(Assert.Throws<LearningRecordsException>(() => accounts.AssignCoordinator("spring", "boss"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.Refused));
        Assert.That(Assert.Throws<LearningRecordsException>(() => accounts.AssignCoordinator("spring", "ann"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.Refused));
        Assert.That(Assert.Throws<LearningRecordsException>(() => accounts.AssignCoordinator("autumn", "coach"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(Assert.Throws<LearningRecordsException>(() => accounts.AssignCoordinator("spring", "nobody"))!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(accounts.ListCoordinators("spring"), Is.EqualTo(new[] { "coach" }));
        Assert.That(accounts.ListEvents().Count(e => e.Kind == AccountEventKinds.CoordinatorAssigned), Is.EqualTo(1));
    }
}
