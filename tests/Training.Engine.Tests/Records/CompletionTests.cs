using System.Text.Json;
using Training.Engine.Records;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;

namespace Training.Engine.Tests.Records;

public sealed class CompletionTests
{
    private RecordsFixture _fixture = null!;

    private LearningRecords Records => _fixture.Records;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        Records.AddTrainee("jane", "Jane Doe", "jane@example.org");
        Records.Enroll("jane", "rec.track");
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Progress_ListsEveryModuleOfTheTracksBeforeAnythingIsDone()
    {
        var progress = Records.GetProgress("jane");

        Assert.That(progress.Modules.Select(m => (m.Id, m.Status)), Is.EqualTo(new[] { ("rec.basics", "not-started"), ("rec.advanced", "not-started") }));
        Assert.That(progress.Tracks, Is.EqualTo(new[] { new TrackProgress("rec.track", 0, false, null) }));
        Assert.That(progress.Modules[0].Quizzes.Select(q => q.BestPercent), Is.All.Null);
    }

    [Test]
    public void Progress_SerializesToTheDocumentedShape()
    {
        Records.CompleteLesson("jane", "rec.basics", "intro");

        var json = JsonSerializer.Serialize(Records.GetProgress("jane"));

        Assert.That(json, Does.StartWith("""{"trainee":"jane","modules":[{"id":"rec.basics","version":"1.0.0","status":"in-progress","lessonsCompleted":1,"lessonsTotal":2,"quizzes":[{"id":"check","attempts":0,"bestPercent":null,"passed":false}"""));
        Assert.That(json, Does.EndWith("""],"tracks":[{"id":"rec.track","percent":20,"completed":false,"certificateId":null}],"next":{"track":"rec.track","module":"rec.basics","kind":0,"item":"details"}}"""));
    }

    [Test]
    public void Module_CompletesWhenAllLessonsAndQuizzesAreDone()
    {
        Records.CompleteLesson("jane", "rec.basics", "intro");
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        var beforeLastLesson = Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
        Assert.That(beforeLastLesson.Outcome.ModulesCompleted, Is.Empty, "a lesson is still missing");

        var outcome = Records.CompleteLesson("jane", "rec.basics", "details");

        Assert.That(outcome.ModulesCompleted, Is.EqualTo(new[] { "rec.basics" }));
        var completed = Records.ListEvents("jane").Single(e => e.Kind == LearningEventKinds.ModuleCompleted);
        Assert.That(completed.ModuleVersion, Is.EqualTo("1.0.0"));
        Assert.That(Records.GetProgress("jane").Modules[0].Status, Is.EqualTo(ModuleProgressStatus.Completed));
    }

    [Test]
    public void CompletionQuizzes_IgnoresLessonsAndTrackCompletionIssuesOneCertificate()
    {
        CompleteBasics();

        var outcome = Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }""")).Outcome;

        Assert.That(outcome.ModulesCompleted, Is.EqualTo(new[] { "rec.advanced" }), "completion: quizzes does not need the lesson");
        Assert.That(outcome.TracksCompleted, Is.EqualTo(new[] { "rec.track" }));
        Assert.That(outcome.CertificatesIssued, Has.Count.EqualTo(1));
        Assert.That(_fixture.Issuer.Requests, Has.Count.EqualTo(1));
        var request = _fixture.Issuer.Requests[0];
        Assert.That(request.TraineeName, Is.EqualTo("Jane Doe"));
        Assert.That(request.ExpiresAt, Is.EqualTo(_fixture.Clock.GetUtcNow().AddYears(1)));

        var certificate = Records.GetCertificate(outcome.CertificatesIssued[0]);
        Assert.That(certificate.TrackId, Is.EqualTo("rec.track"));
        Assert.That(certificate.Credential, Does.StartWith("credential-jane-rec.track"));
        Assert.That(Records.ListCertificates("jane"), Is.EqualTo(new[] { certificate }));
        Assert.That(Records.GetProgress("jane").Tracks, Is.EqualTo(new[] { new TrackProgress("rec.track", 100, true, certificate.Id) }));
        Assert.That(Records.ListEvents("jane").Count(e => e.Kind == LearningEventKinds.CertificateIssued), Is.EqualTo(1));

        // More actions on a completed track issue nothing more.
        Records.CompleteLesson("jane", "rec.advanced", "reading");
        Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));
        Assert.That(_fixture.Issuer.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Enroll_InATrackAlreadyDoneCompletesItAtOnce()
    {
        CompleteBasics();

        var outcome = Records.Enroll("jane", "rec.solo");

        Assert.That(outcome.TracksCompleted, Is.EqualTo(new[] { "rec.solo" }));
        Assert.That(Records.GetCertificate(outcome.CertificatesIssued[0]).ExpiresAt, Is.Null, "rec.solo has no validity");
    }

    [Test]
    public void Certificates_ExpiringWithinAndRecertification()
    {
        CompleteBasics();
        var first = Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }""")).Outcome.CertificatesIssued[0];

        Assert.That(Records.ListExpiringCertificates(TimeSpan.FromDays(30)), Is.Empty);
        _fixture.Clock.Advance(TimeSpan.FromDays(350));
        Assert.That(Records.ListExpiringCertificates(TimeSpan.FromDays(30)).Select(c => c.Id), Is.EqualTo(new[] { first }));

        var renewed = Records.Recertify("jane", "rec.track");

        Assert.That(renewed.Id, Is.Not.EqualTo(first));
        Assert.That(renewed.ExpiresAt, Is.EqualTo(_fixture.Clock.GetUtcNow().AddYears(1)));
        Assert.That(Records.ListCertificates("jane").Select(c => c.Id), Is.EqualTo(new[] { first, renewed.Id }));
        Assert.That(Records.GetProgress("jane").Tracks[0].CertificateId, Is.EqualTo(renewed.Id));
    }

    [Test]
    public void Recertify_RefusesATrackNotCompleted()
    {
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => Records.Recertify("jane", "rec.track"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.GetCertificate("urn:none"));
    }

    [Test]
    public void NextStep_FollowsTrackOrderThenLessonsThenQuizzes()
    {
        AssertNext(new NextStep("rec.track", "rec.basics", NextStepKind.Lesson, "intro"));
        Records.CompleteLesson("jane", "rec.basics", "intro");
        AssertNext(new NextStep("rec.track", "rec.basics", NextStepKind.Lesson, "details"));
        Records.CompleteLesson("jane", "rec.basics", "details");
        AssertNext(new NextStep("rec.track", "rec.basics", NextStepKind.Quiz, "check"));
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        AssertNext(new NextStep("rec.track", "rec.basics", NextStepKind.Quiz, "timed"));
        Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
        AssertNext(new NextStep("rec.track", "rec.advanced", NextStepKind.Lesson, "reading"));
        Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));

        AssertNext(null);
    }

    /// <summary>The next step, asked alone and as part of the progress (one read of the store for pages that show both).</summary>
    private void AssertNext(NextStep? expected)
    {
        Assert.That(Records.NextStep("jane"), Is.EqualTo(expected));
        Assert.That(Records.GetProgress("jane").Next, Is.EqualTo(expected));
    }

    private void CompleteBasics()
    {
        Records.CompleteLesson("jane", "rec.basics", "intro");
        Records.CompleteLesson("jane", "rec.basics", "details");
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
        Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
    }
}
