using Training.Engine.Records;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;

namespace Training.Engine.Tests.Records;

public sealed class UpgradeTests
{
    private RecordsFixture _fixture = null!;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture("v1");
        _fixture.Records.AddTrainee("jane", "Jane");
        _fixture.Records.AddTrainee("john", "John");
        _fixture.Records.Enroll("jane", "rec.solo");
        _fixture.Records.Enroll("john", "rec.solo");
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void NonBreakingUpgrade_KeepsSameIdsAndStopsCountingRemovedItems()
    {
        var v1 = _fixture.Records;
        v1.CompleteLesson("john", "rec.basics", "intro");
        v1.CompleteLesson("john", "rec.basics", "details");
        v1.TakeQuiz("john", "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        var v1Catalog = _fixture.Catalog;

        var v2 = _fixture.Use("v2");
        var impact = v2.DescribeUpgrade(v1Catalog.FindLoaded("rec.basics")!, _fixture.Catalog.FindLoaded("rec.basics")!);

        Assert.That(impact.Breaking, Is.False);
        Assert.That(impact.TraineesWithProgress, Is.EqualTo(1));
        Assert.That(impact.LessonsRemoved, Is.EqualTo(new[] { "details" }));
        Assert.That(impact.LessonsAdded, Is.EqualTo(new[] { "extra" }));
        Assert.That(impact.QuizzesRemoved, Is.EqualTo(new[] { "timed" }));
        Assert.That(impact.ProgressRowsStopCounting, Is.EqualTo(1));
        Assert.That(impact.ProgressRowsKept, Is.EqualTo(2));

        var module = v2.GetProgress("john").Modules.Single();
        Assert.That(module.Version, Is.EqualTo("1.1.0"));
        Assert.That((module.LessonsCompleted, module.LessonsTotal), Is.EqualTo((1, 2)), "intro kept, details no longer counts, extra is new");
        Assert.That(module.Quizzes.Single().Passed, Is.True, "the attempt on 1.0.0 still counts for the unchanged quiz id");

        var outcome = v2.CompleteLesson("john", "rec.basics", "extra");
        Assert.That(outcome.ModulesCompleted, Is.EqualTo(new[] { "rec.basics" }));
        var events = v2.ListEvents("john");
        Assert.That(events.Where(e => e.Kind == LearningEventKinds.AttemptSubmitted).Select(e => e.ModuleVersion), Is.EqualTo(new[] { "1.0.0" }), "attempts stay pinned to their version");
        Assert.That(events.Single(e => e.Kind == LearningEventKinds.ModuleCompleted).ModuleVersion, Is.EqualTo("1.1.0"));
    }

    [Test]
    public void Completion_IsStickyAcrossUpgradesAddingItems()
    {
        CompleteBasicsV1("jane");
        var certificates = _fixture.Issuer.Requests.Count;

        var v2 = _fixture.Use("v2");
        var progress = v2.GetProgress("jane");

        Assert.That(progress.Modules.Single().Status, Is.EqualTo(ModuleProgressStatus.Completed));
        Assert.That(progress.Modules.Single().LessonsCompleted, Is.EqualTo(1), "the new lesson is not done, the module stays completed");
        Assert.That(progress.Tracks.Single().Completed, Is.True);
        Assert.That(v2.NextStep("jane"), Is.Null);
        Assert.That(_fixture.Issuer.Requests, Has.Count.EqualTo(certificates));
    }

    [Test]
    public void BreakingUpgrade_ResetsCompletionOnlyWhenApplied()
    {
        CompleteBasicsV1("jane");
        _fixture.Records.CompleteLesson("john", "rec.basics", "intro");
        var v1Catalog = _fixture.Catalog;
        var v3 = _fixture.Use("v3");

        var impact = v3.DescribeUpgrade(v1Catalog.FindLoaded("rec.basics")!, _fixture.Catalog.FindLoaded("rec.basics")!);
        Assert.That(impact.Breaking, Is.True);
        Assert.That(impact.CompletionsKept, Is.EqualTo(1));
        Assert.That(impact.CompletionsResetIfApplied, Is.EqualTo(2));
        Assert.That(v3.GetProgress("jane").Modules.Single().Status, Is.EqualTo(ModuleProgressStatus.Completed), "installing alone changes nothing");

        var eventsBefore = v3.CountEvents();
        Assert.That(v3.ApplyBreakingUpgrade("rec.basics"), Is.EqualTo(2));
        Assert.That(v3.ApplyBreakingUpgrade("rec.basics"), Is.Zero, "applying twice for one version changes nothing");

        Assert.That(v3.CountEvents(), Is.EqualTo(eventsBefore + 2));
        var progress = v3.GetProgress("jane");
        Assert.That(progress.Modules.Single().Status, Is.EqualTo(ModuleProgressStatus.NotStarted));
        Assert.That(progress.Tracks.Single().Completed, Is.False);
        Assert.That(progress.Modules.Single().Quizzes.Single(q => q.Id == "check").Attempts, Is.Zero, "attempts limit starts over");
        Assert.That(v3.ListEvents("jane").Count(e => e.Kind == LearningEventKinds.ModuleCompleted), Is.EqualTo(1), "history is kept");

        // Completing again while the first certificate is valid reuses it; none is issued.
        var certificates = _fixture.Issuer.Requests.Count;
        CompleteBasics(v3, "jane");
        Assert.That(v3.GetProgress("jane").Tracks.Single().Completed, Is.True);
        Assert.That(_fixture.Issuer.Requests, Has.Count.EqualTo(certificates));
    }

    [Test]
    public void CompletedAgainAfterExpiry_IssuesANewCertificate()
    {
        _fixture.Records.Enroll("jane", "rec.track");
        CompleteBasicsV1("jane");
        _fixture.Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));
        var first = _fixture.Records.ListCertificates("jane").Single(c => c.TrackId == "rec.track");
        var v3 = _fixture.Use("v3");
        v3.ApplyBreakingUpgrade("rec.basics");
        _fixture.Clock.Advance(TimeSpan.FromDays(400));

        CompleteBasics(v3, "jane");

        var certificates = v3.ListCertificates("jane").Where(c => c.TrackId == "rec.track").ToList();
        Assert.That(certificates, Has.Count.EqualTo(2));
        Assert.That(certificates[1].Id, Is.Not.EqualTo(first.Id));
        Assert.That(v3.GetProgress("jane").Tracks.Single(t => t.Id == "rec.track").CertificateId, Is.EqualTo(certificates[1].Id));
    }

    [Test]
    public void ApplyBreakingUpgrade_RefusesANonBreakingVersion() =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => _fixture.Records.ApplyBreakingUpgrade("rec.basics"));

    private void CompleteBasicsV1(string trainee) => CompleteBasics(_fixture.Records, trainee);

    private static void CompleteBasics(LearningRecords records, string trainee)
    {
        records.CompleteLesson(trainee, "rec.basics", "intro");
        records.CompleteLesson(trainee, "rec.basics", "details");
        records.TakeQuiz(trainee, "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        records.TakeQuiz(trainee, "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
    }
}
