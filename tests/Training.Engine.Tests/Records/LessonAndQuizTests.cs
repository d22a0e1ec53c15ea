using Training.Engine.Records;
using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;

namespace Training.Engine.Tests.Records;

public sealed class LessonAndQuizTests
{
    private const string Perfect = """{ "t1": true, "t2": false }""";
    private const string Half = """{ "t1": true, "t2": true }""";
    private const string Zero = """{ "t1": false, "t2": true }""";

    private RecordsFixture _fixture = null!;

    private LearningRecords Records => _fixture.Records;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        Records.AddTrainee("jane", "Jane Doe", "jane@example.org");
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void CompleteLesson_RecordsOnceWithTheModuleVersion()
    {
        var first = Records.CompleteLesson("jane", "rec.basics", "intro");
        var again = Records.CompleteLesson("jane", "rec.basics", "intro");

        Assert.That(first.Recorded, Is.True);
        Assert.That(again.Recorded, Is.False);
        var lessonEvents = Records.ListEvents("jane").Where(e => e.Kind == LearningEventKinds.LessonCompleted).ToList();
        Assert.That(lessonEvents, Has.Count.EqualTo(1));
        Assert.That(lessonEvents[0].ModuleVersion, Is.EqualTo("1.0.0"));
        Assert.That(lessonEvents[0].ItemId, Is.EqualTo("intro"));
    }

    [Test]
    public void CompleteLesson_RefusesUnknownThings()
    {
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.CompleteLesson("nobody", "rec.basics", "intro"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.CompleteLesson("jane", "rec.nope", "intro"));
        var lesson = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.CompleteLesson("jane", "rec.basics", "nope"));
        Assert.That(lesson.Message, Does.Contain("intro, details"));
    }

    [Test]
    public void Prerequisites_MustBeCompletedFirst()
    {
        var exception = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => Records.CompleteLesson("jane", "rec.advanced", "reading"));
        Assert.That(exception.Message, Does.Contain("'rec.basics'"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true }""")));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => Records.StartAttempt("jane", "rec.advanced", "final"));

        CompleteBasics();

        Assert.That(Records.CompleteLesson("jane", "rec.advanced", "reading").Recorded, Is.True);
    }

    [Test]
    public void TakeQuiz_GradesLikeQuizGraderAndCountsAttempts()
    {
        var result = Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Half), seed: 42);

        Assert.That(result.Percent, Is.EqualTo(50));
        Assert.That(result.Passed, Is.True);
        Assert.That(result.Number, Is.EqualTo(1));
        Assert.That(result.AttemptsLeft, Is.EqualTo(1));
        Assert.That(result.QuizPassed, Is.True);
        Assert.That(result.Questions.Select(q => q.Id), Is.EqualTo(new[] { "t1", "t2" }));
        var events = Records.ListEvents("jane").Where(e => e.AttemptId == result.AttemptId || e.Id == result.AttemptId).ToList();
        Assert.That(events.Select(e => e.Kind), Is.EqualTo(new[] { LearningEventKinds.AttemptStarted, LearningEventKinds.AttemptSubmitted }));
        Assert.That(events.Select(e => e.ModuleVersion), Is.All.EqualTo("1.0.0"));
    }

    [Test]
    public void TakeQuiz_UnlimitedQuizHasNullAttemptsLeft()
    {
        CompleteBasics();

        var result = Records.TakeQuiz("jane", "rec.advanced", "final", RecordsFixture.Sheet("""{ "a1": true, "a2": false }"""));

        Assert.That(result.AttemptsLeft, Is.Null);
    }

    [Test]
    public void TakeQuiz_RefusesOnceAttemptsAreUsedUp()
    {
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Zero));
        var second = Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Zero));
        Assert.That(second.AttemptsLeft, Is.Zero);

        var exception = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Refused, () => Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Perfect)));
        Assert.That(exception.Message, Does.Contain("all 2 attempts"));
    }

    [Test]
    public void TakeQuiz_MalformedSheetRecordsNothing()
    {
        var exception = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Invalid, () => Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet("""{ "zz": true }""")));
        Assert.That(exception.Message, Does.Contain("zz"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.TakeQuiz("jane", "rec.basics", "nope", RecordsFixture.Sheet(Perfect)));
    }

    [Test]
    public void GradingMethod_HighestKeepsTheBestAttempt()
    {
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Half));
        var second = Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Zero));

        Assert.That(second.Passed, Is.False);
        Assert.That(second.QuizPassed, Is.True);
        var quiz = Records.GetProgress("jane").Modules.Single(m => m.Id == "rec.basics").Quizzes.Single(q => q.Id == "check");
        Assert.That(quiz, Is.EqualTo(new QuizProgress("check", 2, 50, true)));
    }

    [Test]
    public void GradingMethod_LastUsesTheLatestAttempt()
    {
        Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
        var second = Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": false }"""));

        Assert.That(second.QuizPassed, Is.False);
    }

    [Test]
    public void GradingMethod_AverageOverSubmittedAttempts()
    {
        CompleteBasics();
        var zero = RecordsFixture.Sheet("""{ "a1": false, "a2": true }""");
        var full = RecordsFixture.Sheet("""{ "a1": true, "a2": false }""");

        Assert.That(Records.TakeQuiz("jane", "rec.advanced", "final", zero).QuizPassed, Is.False);
        Assert.That(Records.TakeQuiz("jane", "rec.advanced", "final", full).QuizPassed, Is.False, "average 50 % (highest would pass)");
        Assert.That(Records.TakeQuiz("jane", "rec.advanced", "final", full).QuizPassed, Is.False, "average 66.67 %");
        Assert.That(Records.TakeQuiz("jane", "rec.advanced", "final", full).QuizPassed, Is.True, "average 75 % reaches the pass mark");
    }

    [Test]
    public void StartAttempt_PresentsTheQuizAndResumesTheOpenAttempt()
    {
        var start = Records.StartAttempt("jane", "rec.basics", "timed", seed: 7);
        var resumed = Records.StartAttempt("jane", "rec.basics", "timed", seed: 8);

        Assert.That(start.Number, Is.EqualTo(1));
        Assert.That(start.Deadline, Is.EqualTo(_fixture.Clock.GetUtcNow().AddMinutes(1)));
        Assert.That(start.Questions.Select(q => q.Id), Is.EqualTo(new[] { "t1" }));
        Assert.That(resumed.Resumed, Is.True);
        Assert.That(resumed.AttemptId, Is.EqualTo(start.AttemptId));
        Assert.That(resumed.Seed, Is.EqualTo(7));

        var result = Records.SubmitAttempt(start.AttemptId, RecordsFixture.Sheet("""{ "t1": true }"""));
        Assert.That(result.AttemptId, Is.EqualTo(start.AttemptId));
        Assert.That(result.Passed, Is.True);

        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Conflict, () => Records.SubmitAttempt(start.AttemptId, RecordsFixture.Sheet("""{ "t1": true }""")));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => Records.SubmitAttempt(999_999, RecordsFixture.Sheet("{}")));
    }

    [Test]
    public void SubmitAttempt_AfterTheTimeLimitIsRefusedAndTheAttemptExpires()
    {
        var start = Records.StartAttempt("jane", "rec.basics", "timed");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(61));

        var exception = Assert.Throws<LearningRecordsException>(() => Records.SubmitAttempt(start.AttemptId, RecordsFixture.Sheet("""{ "t1": true }""")))!;

        Assert.That(exception.Kind, Is.EqualTo(LearningRecordsErrorKind.Refused));
        Assert.That(Records.ListEvents("jane")[^1].Kind, Is.EqualTo(LearningEventKinds.AttemptExpired));
        Assert.That(Records.GetProgress("jane").Modules.Single(m => m.Id == "rec.basics").Quizzes.Single(q => q.Id == "timed").Attempts, Is.EqualTo(1));
        var next = Records.StartAttempt("jane", "rec.basics", "timed");
        Assert.That(next.Number, Is.EqualTo(2));
    }

    [Test]
    public void SubmitAttempt_WithinTheTimeLimitIsGraded()
    {
        var start = Records.StartAttempt("jane", "rec.basics", "timed");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(59));

        Assert.That(Records.SubmitAttempt(start.AttemptId, RecordsFixture.Sheet("""{ "t1": true }""")).Passed, Is.True);
    }

    [Test]
    public void StartAttempt_ExpiresAStaleOpenAttemptBeforeStartingAnother()
    {
        var first = Records.StartAttempt("jane", "rec.basics", "timed");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = Records.StartAttempt("jane", "rec.basics", "timed");

        Assert.That(second.AttemptId, Is.Not.EqualTo(first.AttemptId));
        Assert.That(second.Resumed, Is.False);
        Assert.That(Records.ListEvents("jane").Count(e => e.Kind == LearningEventKinds.AttemptExpired), Is.EqualTo(1));
    }

    private void CompleteBasics()
    {
        Records.CompleteLesson("jane", "rec.basics", "intro");
        Records.CompleteLesson("jane", "rec.basics", "details");
        Records.TakeQuiz("jane", "rec.basics", "check", RecordsFixture.Sheet(Perfect));
        Records.TakeQuiz("jane", "rec.basics", "timed", RecordsFixture.Sheet("""{ "t1": true }"""));
    }
}
