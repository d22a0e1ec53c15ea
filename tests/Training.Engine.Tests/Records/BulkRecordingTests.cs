using Training.Engine.Records;
using Training.Engine.Records.Events;

namespace Training.Engine.Tests.Records;

public sealed class BulkRecordingTests
{
    private RecordsFixture _fixture = null!;

    private LearningRecords Records => _fixture.Records;

    [SetUp]
    public void SetUp()
    {
        _fixture = new RecordsFixture();
        Records.AddTrainee("jane", "Jane Doe");
        Records.AddTrainee("john", "John Doe");
    }

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void Records_every_completion_in_one_go_with_the_same_projections()
    {
        var outcomes = Records.CompleteLessons(
        [
            new LessonCompletion("jane", "rec.basics", "intro"),
            new LessonCompletion("jane", "rec.basics", "details"),
            new LessonCompletion("john", "rec.basics", "intro"),
            new LessonCompletion("jane", "rec.basics", "intro"),
        ]);

        Assert.That(outcomes.Select(o => o.Recorded), Is.EqualTo(new[] { true, true, true, false }), "the repeat in the same batch records nothing");
        Assert.That(Records.ListEvents("jane").Count(e => e.Kind == LearningEventKinds.LessonCompleted), Is.EqualTo(2));
        Assert.That(Records.GetProgress("jane").Modules.Single(m => m.Id == "rec.basics").LessonsCompleted, Is.EqualTo(2));
        Assert.That(Records.GetProgress("john").Modules.Single(m => m.Id == "rec.basics").LessonsCompleted, Is.EqualTo(1));
    }

    [Test]
    public void One_refused_completion_records_none()
    {
        var before = Records.CountEvents();

        var error = Assert.Throws<LearningRecordsException>(() => Records.CompleteLessons(
        [
            new LessonCompletion("jane", "rec.basics", "intro"),
            new LessonCompletion("nobody", "rec.basics", "intro"),
        ]));

        Assert.That(error!.Kind, Is.EqualTo(LearningRecordsErrorKind.NotFound));
        Assert.That(Records.CountEvents(), Is.EqualTo(before));
    }

    [Test]
    public void An_unknown_lesson_is_refused_before_anything_is_written()
    {
        var before = Records.CountEvents();

        Assert.Throws<LearningRecordsException>(() => Records.CompleteLessons([new LessonCompletion("jane", "rec.basics", "nope")]));

        Assert.That(Records.CountEvents(), Is.EqualTo(before));
    }
}
