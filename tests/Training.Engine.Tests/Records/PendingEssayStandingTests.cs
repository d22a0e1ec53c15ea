using System.Text.Json;
using Training.Engine.Cohorts;
using Training.Engine.Modules;
using Training.Engine.Records;
using Training.Engine.Records.Progress;
using Training.Storage.Sqlite;
using Training.TestSupport;

namespace Training.Engine.Tests.Records;

/// <summary>
/// A quiz whose automatic answers reach the pass mark while an essay still waits for a grade is not passed yet:
/// neither in the trainee's progress nor in the cohort report, which computes standings in SQL.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PendingEssayStandingTests : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly ManualTimeProvider _clock = new();
    private readonly SqliteLearningStore _store;
    private readonly ModuleCatalog _catalog;
    private readonly LearningRecords _records;
    private readonly CohortService _cohorts;

    public PendingEssayStandingTests()
    {
        _store = SqliteLearningStore.Open(_folder.Path, new SqliteStoreOptions { Time = _clock });
        _catalog = new ModuleCatalogLoader().Load(new ModuleSearchOptions
        {
            ExtraDirectories = [Path.Combine(RepositoryPaths.Root, "tests", "modules", "review", "mixed")],
        });
        Assert.That(_catalog.FindLoaded("rev.mixed"), Is.Not.Null, () => string.Join("; ", _catalog.Modules.SelectMany(m => m.Diagnostics)));
        _records = new LearningRecords(_store, _catalog, _clock, new FakeCertificateIssuer());
        _cohorts = new CohortService(_records);
        _records.AddTrainee("lea", "Léa");
        _cohorts.Create("autumn", "rev.mixed-track");
        _cohorts.Add("autumn", ["lea"]);
    }

    [Test]
    public void The_quiz_is_not_passed_while_the_essay_waits_even_when_the_automatic_points_reach_the_pass_mark()
    {
        var taken = _records.TakeQuiz("lea", "rev.mixed", "final", Sheet("Nous avons accueilli le groupe."));

        Assert.That(taken.Percent, Is.EqualTo(75), "3 automatic points of 4: above the 70% pass mark on their own");
        Assert.That(taken.Passed, Is.False);
        Assert.That(taken.QuizPassed, Is.False);
        var module = _records.GetProgress("lea").Modules.Single();
        Assert.That(module.Quizzes.Single().Passed, Is.False);
        Assert.That(module.Status, Is.Not.EqualTo("completed"));
        Assert.That(_records.ListCertificates("lea"), Is.Empty);
        Assert.That(_cohorts.Report("autumn").Trainees.Single().Cells.Single().Completed, Is.False);
    }

    [Test]
    public void Grading_the_essay_makes_the_attempt_count_whatever_the_essay_score()
    {
        var taken = _records.TakeQuiz("lea", "rev.mixed", "final", Sheet("Trop court."));

        var graded = _records.GradeEssay(taken.AttemptId, "note", 0, "Hors sujet.");

        Assert.That(graded.Passed, Is.True);
        Assert.That(graded.QuizPassed, Is.True);
        Assert.That(_records.GetProgress("lea").Tracks.Single().Completed, Is.True);
        Assert.That(_records.ListCertificates("lea"), Has.Count.EqualTo(1));
        Assert.That(_cohorts.Report("autumn").Trainees.Single().Cells.Single().Completed, Is.True);
    }

    [Test]
    public void The_next_step_waits_for_the_review_instead_of_asking_for_another_attempt()
    {
        Assert.That(_records.NextStep("lea"), Is.EqualTo(new NextStep("rev.mixed-track", "rev.mixed", NextStepKind.Quiz, "final")));
        var taken = _records.TakeQuiz("lea", "rev.mixed", "final", Sheet("Un groupe de vingt personnes."));

        Assert.That(_records.NextStep("lea"), Is.EqualTo(new NextStep("rev.mixed-track", "rev.mixed", NextStepKind.AwaitingReview, "final")));

        _records.GradeEssay(taken.AttemptId, "note", 1);
        Assert.That(_records.NextStep("lea"), Is.Null);
    }

    public void Dispose()
    {
        _store.Dispose();
        _catalog.Dispose();
        _folder.Dispose();
    }

    private static JsonElement Sheet(string essay) =>
        RecordsFixture.Sheet(JsonSerializer.Serialize(new Dictionary<string, object> { ["note"] = essay, ["sun"] = true, ["moon"] = false, ["earth"] = true }));
}
