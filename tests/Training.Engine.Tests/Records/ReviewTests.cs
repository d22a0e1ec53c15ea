using Training.Engine.Records;
using Training.Engine.Records.Events;

namespace Training.Engine.Tests.Records;

/// <summary>The essay review queue: pending essays, grading, and what grading completes.</summary>
public sealed class ReviewTests
{
    [Test]
    public void A_submitted_essay_waits_in_the_queue_and_the_attempt_does_not_pass_meanwhile()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("jane");
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var taken = fixture.Records.TakeQuiz("jane", "rev.essays", "final", ReviewFixtureSheets.Final("Nous avons accueilli un groupe.", sun: true));

        var queue = fixture.Records.ListPendingEssays();

        // 1 point for 'sun' out of 4 (story is worth 3 and counts 0 while pending).
        Assert.That(taken.Percent, Is.EqualTo(25));
        Assert.That(taken.Passed, Is.False);
        Assert.That(taken.Questions.Single(q => q.Id == "story").Result, Is.EqualTo("pending"));
        Assert.That(queue, Has.Count.EqualTo(1));
        Assert.That(queue[0].AttemptId, Is.EqualTo(taken.AttemptId));
        Assert.That(queue[0].TraineeId, Is.EqualTo("jane"));
        Assert.That(queue[0].QuestionId, Is.EqualTo("story"));
        Assert.That(queue[0].Text, Is.EqualTo("Nous avons accueilli un groupe."));
        Assert.That(queue[0].MaxScore, Is.EqualTo(3));
        Assert.That(queue[0].SubmittedAt, Is.EqualTo(fixture.Clock.GetUtcNow()));
    }

    [Test]
    public void The_queue_lists_the_oldest_submission_first_and_leaves_out_blank_essays()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("late");
        fixture.Enrolled("early");
        fixture.Enrolled("blank");
        fixture.Records.TakeQuiz("early", "rev.essays", "final", ReviewFixtureSheets.Final("Premier.", sun: true));
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        fixture.Records.TakeQuiz("late", "rev.essays", "final", ReviewFixtureSheets.Final("Second.", sun: true));
        fixture.Records.TakeQuiz("blank", "rev.essays", "final", ReviewFixtureSheets.Final("   ", sun: true));

        var queue = fixture.Records.ListPendingEssays();

        Assert.That(queue.Select(e => e.TraineeId), Is.EqualTo(new[] { "early", "late" }));
    }

    [Test]
    public void Grading_the_last_essay_passes_the_quiz_completes_the_track_and_issues_the_certificate()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("jane");
        fixture.Records.TakeQuiz("jane", "rev.essays", "stats", ReviewFixtureSheets.Stats());
        var taken = fixture.Records.TakeQuiz("jane", "rev.essays", "final", ReviewFixtureSheets.Final("Un texte.", sun: true));
        Assert.That(fixture.Records.GetProgress("jane").Tracks.Single().Completed, Is.False);
        fixture.Clock.Advance(TimeSpan.FromDays(2));

        var graded = fixture.Records.GradeEssay(taken.AttemptId, "story", 2, "Bien, mais trop court.");

        // (2 + 1) / 4 = 75 %, the pass mark.
        Assert.That(graded.Percent, Is.EqualTo(75));
        Assert.That(graded.AttemptScore, Is.EqualTo(3));
        Assert.That(graded.Passed, Is.True);
        Assert.That(graded.QuizPassed, Is.True);
        Assert.That(graded.StillPending, Is.Zero);
        Assert.That(graded.Outcome.ModulesCompleted, Is.EqualTo(new[] { "rev.essays" }));
        Assert.That(graded.Outcome.TracksCompleted, Is.EqualTo(new[] { "rev.track" }));
        Assert.That(graded.Outcome.CertificatesIssued, Has.Count.EqualTo(1));
        Assert.That(fixture.Issuer.Requests.Single().TrackId, Is.EqualTo("rev.track"));
        var certificate = fixture.Records.ListCertificates("jane").Single();
        Assert.That(certificate.IssuedAt, Is.EqualTo(fixture.Clock.GetUtcNow()));
        Assert.That(certificate.ExpiresAt, Is.EqualTo(fixture.Clock.GetUtcNow().AddDays(1)));
        Assert.That(fixture.Records.ListPendingEssays(), Is.Empty);
        var progress = fixture.Records.GetProgress("jane");
        Assert.That(progress.Tracks.Single().Completed, Is.True);
        var events = fixture.Records.ListEvents("jane");
        var essayGraded = events.Single(e => e.Kind == LearningEventKinds.EssayGraded);
        Assert.That(essayGraded.AttemptId, Is.EqualTo(taken.AttemptId));
        Assert.That(essayGraded.ModuleVersion, Is.EqualTo("1.0.0"));
        Assert.That(essayGraded.Data, Does.Contain("\"feedback\":\"Bien, mais trop court.\""));
        Assert.That(events.SkipWhile(e => e.Kind != LearningEventKinds.EssayGraded).Select(e => e.Kind),
            Is.EqualTo(new[] { LearningEventKinds.EssayGraded, LearningEventKinds.ModuleCompleted, LearningEventKinds.TrackCompleted, LearningEventKinds.CertificateIssued }));
    }

    [Test]
    public void A_low_grade_records_the_attempt_as_failed()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("jane");
        var taken = fixture.Records.TakeQuiz("jane", "rev.essays", "final", ReviewFixtureSheets.Final("Un texte.", sun: true));

        var graded = fixture.Records.GradeEssay(taken.AttemptId, "story", 0.5);

        // (0.5 + 1) / 4 = 37.5 %.
        Assert.That(graded.Percent, Is.EqualTo(37.5));
        Assert.That(graded.Passed, Is.False);
        Assert.That(graded.Outcome.TracksCompleted, Is.Empty);
        Assert.That(fixture.Issuer.Requests, Is.Empty);
    }

    [Test]
    public void Refusals_record_nothing()
    {
        using var fixture = new ReviewFixture();
        fixture.Enrolled("jane");
        fixture.Enrolled("blank");
        var taken = fixture.Records.TakeQuiz("jane", "rev.essays", "final", ReviewFixtureSheets.Final("Un texte.", sun: true));
        var blank = fixture.Records.TakeQuiz("blank", "rev.essays", "final", ReviewFixtureSheets.Final(" ", sun: true));
        var before = fixture.Records.CountEvents();

        var unknownAttempt = Refusal(() => fixture.Records.GradeEssay(999_999, "story", 1));
        var unknownQuestion = Refusal(() => fixture.Records.GradeEssay(taken.AttemptId, "nope", 1));
        var notEssay = Refusal(() => fixture.Records.GradeEssay(taken.AttemptId, "sun", 1));
        var blankEssay = Refusal(() => fixture.Records.GradeEssay(blank.AttemptId, "story", 1));
        var tooHigh = Refusal(() => fixture.Records.GradeEssay(taken.AttemptId, "story", 3.5));
        var negative = Refusal(() => fixture.Records.GradeEssay(taken.AttemptId, "story", -1));

        Assert.That(fixture.Records.CountEvents(), Is.EqualTo(before));
        Assert.That(fixture.Records.ListPendingEssays(), Has.Count.EqualTo(1));
        fixture.Records.GradeEssay(taken.AttemptId, "story", 3);
        var again = fixture.Records.CountEvents();
        var twice = Refusal(() => fixture.Records.GradeEssay(taken.AttemptId, "story", 1));
        Assert.That(fixture.Records.CountEvents(), Is.EqualTo(again));

        Assert.Multiple(() =>
        {
            Assert.That(unknownAttempt.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
            Assert.That(unknownQuestion.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
            Assert.That(unknownQuestion.Message, Does.Contain("story, sun"));
            Assert.That(notEssay.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
            Assert.That(notEssay.Message, Does.Contain("not an essay"));
            Assert.That(blankEssay.Message, Does.Contain("left blank"));
            Assert.That(tooHigh.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
            Assert.That(tooHigh.Message, Does.Contain("between 0 and 3"));
            Assert.That(negative.Kind, Is.EqualTo(LearningRecordsErrorKind.Invalid));
            Assert.That(twice.Kind, Is.EqualTo(LearningRecordsErrorKind.Conflict));
            Assert.That(twice.Message, Does.Contain("already graded"));
        });
    }

    private static LearningRecordsException Refusal(Action action)
    {
        try
        {
            action();
        }
        catch (LearningRecordsException refusal)
        {
            return refusal;
        }

        throw new AssertionException("Expected a LearningRecordsException.");
    }
}
