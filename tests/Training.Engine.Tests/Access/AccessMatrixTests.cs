using Training.Engine.Access;
using Training.Engine.Records;
using Training.Engine.Tests.Records;

namespace Training.Engine.Tests.Access;

/// <summary>Every workspace operation, run for every kind of principal: allowed or refused by the engine.</summary>
public sealed class AccessMatrixTests
{
    private const string Trainee = "ann";
    private const string CoordinatorA = "coord-a";
    private const string CoordinatorB = "coord-b";
    private const string CoordinatorNone = "coord-none";
    private const string Admin = "admin";

    private static readonly string[] s_everyone = [Trainee, CoordinatorA, CoordinatorB, CoordinatorNone, Admin];
    private static readonly string[] s_traineeOnly = [Trainee];
    private static readonly string[] s_coordinatorsAndAdmin = [CoordinatorA, CoordinatorB, CoordinatorNone, Admin];
    private static readonly string[] s_cohortA = [CoordinatorA, Admin];
    private static readonly string[] s_adminOnly = [Admin];
    private static int s_counter;

    private AccessFixture _shared = null!;

    private static IEnumerable<Operation> Operations()
    {
        // Trainee workspace: the principal's own records.
        yield return new("trainee: Me", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).Me.ToString());
        yield return new("trainee: GetProgress", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).GetProgress());
        yield return new("trainee: NextStep", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).NextStep());
        yield return new("trainee: ListEnrolments", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).ListEnrolments());
        yield return new("trainee: CompleteLesson", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).CompleteLesson("rec.basics", "intro"));
        yield return new("trainee: StartAttempt", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).StartAttempt("rec.basics", "check", "fr"));
        yield return new("trainee: SubmitAttempt (own)", s_traineeOnly, (f, p) =>
        {
            var workspace = f.Access.ForTrainee(p);
            var attempt = workspace.StartAttempt("rev.essays", "stats", "en");
            return workspace.SubmitAttempt(attempt.AttemptId, ReviewFixtureSheets.Stats());
        });
        yield return new("trainee: ListCertificates", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).ListCertificates());
        yield return new("trainee: GetCertificate (own)", s_traineeOnly, (f, p) => f.Access.ForTrainee(p).GetCertificate(f.Certificates["ann"]));

        // Coordinator workspace: scoped to the assigned cohorts, every cohort for an admin.
        yield return new("coordinator: ListCohorts", s_coordinatorsAndAdmin, (f, p) => f.Access.ForCoordinator(p).ListCohorts());
        yield return new("coordinator: GetCohort a", s_cohortA, (f, p) => f.Access.ForCoordinator(p).GetCohort("a"));
        yield return new("coordinator: Report a", s_cohortA, (f, p) => f.Access.ForCoordinator(p).Report("a", "en"));
        yield return new("coordinator: GetTrainee ann", s_cohortA, (f, p) => f.Access.ForCoordinator(p).GetTrainee("ann"));
        yield return new("coordinator: GetProgress ann", s_cohortA, (f, p) => f.Access.ForCoordinator(p).GetProgress("ann"));
        yield return new("coordinator: ListCertificates ann", s_cohortA, (f, p) => f.Access.ForCoordinator(p).ListCertificates("ann"));
        yield return new("coordinator: AnalyzeItems", s_coordinatorsAndAdmin, (f, p) => f.Access.ForCoordinator(p).AnalyzeItems("rev.essays", "stats"));
        yield return new("coordinator: ListPendingEssays", s_coordinatorsAndAdmin, (f, p) => f.Access.ForCoordinator(p).ListPendingEssays());
        yield return new("coordinator: GradeEssay ben", s_cohortA, (f, p) => f.Access.ForCoordinator(p).GradeEssay(f.FinalAttempts["ben"], "story", 2, "Bien."), Fresh: true);
        yield return new("coordinator: ListCertificatesDue", s_coordinatorsAndAdmin, (f, p) => f.Access.ForCoordinator(p).ListCertificatesDue(TimeSpan.FromDays(30)));

        // Admin workspace.
        yield return new("admin: AddUser", s_adminOnly, (f, p) => f.Access.ForAdmin(p).AddUser($"user{Next()}", AccessFixture.Password, Role.Coordinator));
        yield return new("admin: ListUsers", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListUsers());
        yield return new("admin: GetUser", s_adminOnly, (f, p) => f.Access.ForAdmin(p).GetUser("ben"));
        yield return new("admin: RemoveUser", s_adminOnly, (f, p) =>
        {
            f.Access.ForAdmin(p).RemoveUser(CoordinatorNone);
            return CoordinatorNone;
        }, Fresh: true);
        yield return new("admin: SetPassword", s_adminOnly, (f, p) =>
        {
            f.Access.ForAdmin(p).SetPassword("coord-none", AccessFixture.Password);
            return 0;
        });
        yield return new("admin: AssignCoordinator", s_adminOnly, (f, p) => f.Access.ForAdmin(p).AssignCoordinator("b", "coord-none") && f.Access.ForAdmin(p).UnassignCoordinator("b", "coord-none"));
        yield return new("admin: UnassignCoordinator", s_adminOnly, (f, p) => f.Access.ForAdmin(p).UnassignCoordinator("a", "coord-none"));
        yield return new("admin: ListCoordinators", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListCoordinators("a"));
        yield return new("admin: ListAccountEvents", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListAccountEvents());
        yield return new("admin: AddTrainee", s_adminOnly, (f, p) => f.Access.ForAdmin(p).AddTrainee($"new{Next()}", "New trainee"));
        yield return new("admin: ListTrainees", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListTrainees());
        yield return new("admin: Enroll", s_adminOnly, (f, p) =>
        {
            var admin = f.Access.ForAdmin(p);
            var trainee = admin.AddTrainee($"enrol{Next()}", "Enrolled");
            return admin.Enroll(trainee.Id, "rec.solo");
        });
        yield return new("admin: CreateCohort", s_adminOnly, (f, p) => f.Access.ForAdmin(p).CreateCohort($"cohort{Next()}", "rev.track"));
        yield return new("admin: AddToCohort", s_adminOnly, (f, p) => f.Access.ForAdmin(p).AddToCohort("a", ["ann"]));
        yield return new("admin: ImportRoster", s_adminOnly, (f, p) =>
        {
            var n = Next();
            return f.Access.ForAdmin(p).ImportRoster("b", new StringReader($"id,name,email\nroster{n},Roster {n},\n"), "roster.csv");
        });
        yield return new("admin: InstallModule (dry run)", s_adminOnly, (f, p) => f.Access.ForAdmin(p).InstallModule(Path.Combine(f.Folder.Path, "missing.zip"), dryRun: true));

        // A learning rule refuses it once access is granted: the module declares no breaking change.
        yield return new("admin: ApplyBreakingUpgrade", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ApplyBreakingUpgrade("rev.essays"), RefusedByRecords: true);
        yield return new("admin: Report b", s_adminOnly, (f, p) => f.Access.ForAdmin(p).Report("b"));
        yield return new("admin: GetProgress cid", s_adminOnly, (f, p) => f.Access.ForAdmin(p).GetProgress("cid"));
        yield return new("admin: AnalyzeItems", s_adminOnly, (f, p) => f.Access.ForAdmin(p).AnalyzeItems("rev.essays", "stats"));
        yield return new("admin: ListPendingEssays", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListPendingEssays());
        yield return new("admin: GradeEssay dan", s_adminOnly, (f, p) => f.Access.ForAdmin(p).GradeEssay(f.FinalAttempts["dan"], "story", 1), Fresh: true);
        yield return new("admin: ListCertificatesDue", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListCertificatesDue(TimeSpan.FromDays(30)));
        yield return new("admin: ListCohorts", s_adminOnly, (f, p) => f.Access.ForAdmin(p).ListCohorts());
    }

    private static IEnumerable<TestCaseData> Cases() =>
        from operation in Operations()
        from principal in s_everyone
        select new TestCaseData(operation.Name, principal, operation.Allowed.Contains(principal))
            .SetName($"{operation.Name} as {principal} is {(operation.Allowed.Contains(principal) ? "allowed" : "refused")}");

    [OneTimeSetUp]
    public void CreateSharedFixture() => _shared = new AccessFixture();

    [OneTimeTearDown]
    public void DisposeSharedFixture() => _shared.Dispose();

    [TestCaseSource(nameof(Cases))]
    public void Operation_is_allowed_or_refused_by_role_and_scope(string operationName, string principalName, bool allowed)
    {
        var operation = Operations().Single(o => o.Name == operationName);
        using var fresh = operation.Fresh ? new AccessFixture() : null;
        var fixture = fresh ?? _shared;
        var principal = PrincipalOf(principalName);
        var events = fixture.Records.CountEvents();
        var accountEvents = fixture.Accounts.ListEvents().Count;

        if (!allowed)
        {
            var refusal = Assert.Throws<AccessDeniedException>(() => operation.Run(fixture, principal));
            Assert.That(refusal!.Message, Does.StartWith($"user '{principal.UserName}' ("), "the refusal says who");
            Assert.That(fixture.Records.CountEvents(), Is.EqualTo(events), "a refusal records nothing");
            Assert.That(fixture.Accounts.ListEvents(), Has.Count.EqualTo(accountEvents), "a refusal changes no account");
        }
        else if (operation.RefusedByRecords)
        {
            Assert.Throws<LearningRecordsException>(() => operation.Run(fixture, principal));
        }
        else
        {
            Assert.DoesNotThrow(() => operation.Run(fixture, principal));
        }
    }

    [Test]
    public void The_matrix_covers_every_public_workspace_method()
    {
        // A new workspace method must be added to the matrix above.
        var names = Operations().Select(o => o.Name).ToList();
        foreach (var type in new[] { typeof(TraineeWorkspace), typeof(CoordinatorWorkspace), typeof(AdminWorkspace) })
        {
            var prefix = type == typeof(TraineeWorkspace) ? "trainee: " : type == typeof(CoordinatorWorkspace) ? "coordinator: " : "admin: ";
            var methods = type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .Select(m => m.Name)
                .Concat(type.GetProperties().Where(p => p.PropertyType != typeof(Principal) && p.Name is not ("TraineeId" or "SeesEveryCohort" or "Coordination")).Select(p => p.Name))
                .Distinct();
            foreach (var method in methods)
            {
                Assert.That(names.Any(n => n.StartsWith(prefix + method, StringComparison.Ordinal)), Is.True, $"{type.Name}.{method} is missing from the access matrix");
            }
        }
    }

    private static Principal PrincipalOf(string name) => name switch
    {
        Trainee => AccessFixture.Trainee(Trainee),
        Admin => AccessFixture.Admin,
        _ => AccessFixture.Coordinator(name),
    };

    private static int Next() => Interlocked.Increment(ref s_counter);

    private sealed record Operation(string Name, string[] Allowed, Func<AccessFixture, Principal, object?> Run, bool Fresh = false, bool RefusedByRecords = false);
}
