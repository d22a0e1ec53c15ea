using Microsoft.AspNetCore.Identity;
using Training.Engine.Access;
using Training.Engine.Accounts;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Packaging;
using Training.Engine.Records;
using Training.Engine.Tests.Records;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Access;

/// <summary>
/// A real SQLite store with the review and records test modules, two cohorts on rev.track and their
/// people: cohort "a" holds ann (certified) and ben (essay pending); cohort "b" holds cid (certified,
/// answered q1 of rev.essays/stats wrongly) and dan (essay pending). Accounts: one per trainee,
/// coord-a (assigned to a), coord-b (assigned to b), coord-none (no cohort) and admin.
/// </summary>
internal sealed class AccessFixture : IDisposable
{
    public const string Password = "correct horse battery";

    public AccessFixture()
    {
        Store = SqliteLearningStore.Open(Folder.Path, new SqliteStoreOptions { Time = Clock });
        Catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ExtraDirectories =
            [
                Path.Combine(RepositoryPaths.Root, "tests", "modules", "review", "v1"),
                Path.Combine(RepositoryPaths.Root, "tests", "modules", "records", "common"),
                Path.Combine(RepositoryPaths.Root, "tests", "modules", "records", "v1"),
            ],
        });
        if (Catalog.FindLoaded("rev.essays") is null || Catalog.FindLoaded("rec.basics") is null)
        {
            throw new InvalidOperationException("The test modules did not load: " + string.Join("; ", Catalog.Modules.SelectMany(m => m.Diagnostics)));
        }

        Records = new LearningRecords(Store, Catalog, Clock, Issuer);
        Cohorts = new CohortService(Records);

        // Few iterations: these tests are about access, not hashing cost.
        Accounts = new UserAccounts(Store, Clock, new PasswordHasherOptions { IterationCount = 1000 });
        Directory.CreateDirectory(ModulesDirectory);
        Access = new TrainingAccess(Records, Cohorts, Accounts, new ModuleInstallTarget(new PackageInstaller(new ModuleFolderInspector(new ModuleSearchOptions())), ModulesDirectory));

        Cohorts.Create("a", "rev.track", "Cohort A");
        Cohorts.Create("b", "rev.track", "Cohort B");
        foreach (var (trainee, cohort) in new[] { ("ann", "a"), ("ben", "a"), ("cid", "b"), ("dan", "b") })
        {
            Records.AddTrainee(trainee, "Trainee " + trainee);
            Cohorts.Add(cohort, [trainee]);
            Accounts.Add(trainee, Password, Role.Trainee, trainee);
        }

        Accounts.Add("coord-a", Password, Role.Coordinator);
        Accounts.Add("coord-b", Password, Role.Coordinator);
        Accounts.Add("coord-none", Password, Role.Coordinator);
        Accounts.Add("admin", Password, Role.Admin);
        Accounts.AssignCoordinator("a", "coord-a");
        Accounts.AssignCoordinator("b", "coord-b");

        foreach (var trainee in new[] { "ann", "ben", "cid", "dan" })
        {
            var stats = trainee == "cid"
                ? RecordsFixture.Sheet("""{ "q1": false, "q2": true, "q3": true, "q4": true }""")
                : ReviewFixtureSheets.Stats();
            Records.TakeQuiz(trainee, "rev.essays", "stats", stats);
            FinalAttempts[trainee] = Records.TakeQuiz(trainee, "rev.essays", "final", ReviewFixtureSheets.Final("Texte de " + trainee + ".", sun: true)).AttemptId;
        }

        Records.GradeEssay(FinalAttempts["ann"], "story", 3);
        Records.GradeEssay(FinalAttempts["cid"], "story", 3);
        Certificates["ann"] = Records.ListCertificates("ann").Single().Id;
        Certificates["cid"] = Records.ListCertificates("cid").Single().Id;
    }

    public TempDirectory Folder { get; } = new();

    public string ModulesDirectory => Path.Combine(Folder.Path, "modules");

    public ManualTimeProvider Clock { get; } = new();

    public FakeCertificateIssuer Issuer { get; } = new();

    public SqliteLearningStore Store { get; }

    public ModuleCatalog Catalog { get; }

    public LearningRecords Records { get; }

    public CohortService Cohorts { get; }

    public UserAccounts Accounts { get; }

    public TrainingAccess Access { get; }

    /// <summary>Each trainee's rev.essays/final attempt.</summary>
    public Dictionary<string, long> FinalAttempts { get; } = new(StringComparer.Ordinal);

    /// <summary>The certificates of ann and cid.</summary>
    public Dictionary<string, string> Certificates { get; } = new(StringComparer.Ordinal);

    public static Principal Trainee(string id) => new(id, Role.Trainee, id);

    public static Principal Coordinator(string userName) => new(userName, Role.Coordinator);

    public static Principal Admin { get; } = new("admin", Role.Admin);

    public void Dispose()
    {
        Store.Dispose();
        Catalog.Dispose();
        Folder.Dispose();
    }
}
