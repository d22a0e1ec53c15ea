using Training.Engine.Records;
using Training.Engine.Records.Events;

namespace Training.Engine.Tests.Records;

public sealed class TraineeTests
{
    private RecordsFixture _fixture = null!;

    [SetUp]
    public void SetUp() => _fixture = new RecordsFixture();

    [TearDown]
    public void TearDown() => _fixture.Dispose();

    [Test]
    public void AddTrainee_StoresLowerCasedIdAndRecordsAnEvent()
    {
        var trainee = _fixture.Records.AddTrainee("Jane.Doe", "  Jane Doe ", "jane@example.org");

        Assert.That(trainee.Id, Is.EqualTo("jane.doe"));
        Assert.That(_fixture.Records.GetTrainee("JANE.DOE"), Is.EqualTo(trainee));
        Assert.That(_fixture.Records.ListTrainees().Select(t => t.Name), Is.EqualTo(new[] { "Jane Doe" }));
        Assert.That(_fixture.Records.ListEvents("jane.doe").Select(e => e.Kind), Is.EqualTo(new[] { LearningEventKinds.TraineeAdded }));
        Assert.That(trainee.CreatedAt, Is.EqualTo(_fixture.Clock.GetUtcNow()));
    }

    [TestCase("")]
    [TestCase("-starts-with-dash")]
    [TestCase("has space")]
    [TestCase("accentué")]
    public void AddTrainee_RefusesInvalidIds(string id) =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Invalid, () => _fixture.Records.AddTrainee(id, "Name"));

    [Test]
    public void AddTrainee_RefusesTooLongIds() =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Invalid, () => _fixture.Records.AddTrainee(new string('a', 65), "Name"));

    [TestCase("not-an-email")]
    [TestCase("Jane <jane@example.org>")]
    [TestCase("jane@localhost")]
    [TestCase("ja ne@example.org")]
    public void AddTrainee_RefusesInvalidEmails(string email) =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Invalid, () => _fixture.Records.AddTrainee("jane", "Jane", email));

    [TestCase("")]
    [TestCase("   ")]
    public void AddTrainee_RefusesEmptyNames(string name) =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Invalid, () => _fixture.Records.AddTrainee("jane", name));

    [Test]
    public void AddTrainee_RefusesDuplicateIdsAndEmails()
    {
        _fixture.Records.AddTrainee("jane", "Jane", "jane@example.org");

        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Conflict, () => _fixture.Records.AddTrainee("JANE", "Other"));
        var exception = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Conflict, () => _fixture.Records.AddTrainee("john", "John", "Jane@Example.org"));
        Assert.That(exception.Message, Does.Contain("jane"));
    }

    [Test]
    public void GetTrainee_UnknownIsNotFound() =>
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => _fixture.Records.GetTrainee("nobody"));

    [Test]
    public void Enroll_RecordsAndListsEnrolmentsInOrder()
    {
        _fixture.Records.AddTrainee("jane", "Jane");

        var outcome = _fixture.Records.Enroll("jane", "rec.track");
        _fixture.Records.Enroll("jane", "rec.solo");

        Assert.That(outcome.Recorded, Is.True);
        Assert.That(_fixture.Records.ListEnrolments("jane").Select(e => e.TrackId), Is.EqualTo(new[] { "rec.track", "rec.solo" }));
        Assert.That(_fixture.Records.ListEvents("jane").Count(e => e.Kind == LearningEventKinds.Enrolled), Is.EqualTo(2));
    }

    [Test]
    public void Enroll_RefusesUnknownTrainesTracksAndDuplicates()
    {
        _fixture.Records.AddTrainee("jane", "Jane");
        _fixture.Records.Enroll("jane", "rec.track");

        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => _fixture.Records.Enroll("nobody", "rec.track"));
        var unknown = RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => _fixture.Records.Enroll("jane", "rec.nope"));
        Assert.That(unknown.Message, Does.Contain("rec.solo"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.Conflict, () => _fixture.Records.Enroll("jane", "rec.track"));
        RecordsAssert.RefusedWithoutRecording(_fixture, LearningRecordsErrorKind.NotFound, () => _fixture.Records.ListEnrolments("nobody"));
    }
}
