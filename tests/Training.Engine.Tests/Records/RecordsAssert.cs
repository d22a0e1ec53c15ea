using Training.Engine.Records;

namespace Training.Engine.Tests.Records;

/// <summary>Checks that an action is refused with a kind, and that nothing was recorded.</summary>
internal static class RecordsAssert
{
    public static LearningRecordsException RefusedWithoutRecording(RecordsFixture fixture, LearningRecordsErrorKind kind, Action action)
    {
        var before = fixture.Records.CountEvents();
        var exception = Assert.Throws<LearningRecordsException>(() => action())!;
        Assert.That(exception.Kind, Is.EqualTo(kind), exception.Message);
        Assert.That(fixture.Records.CountEvents(), Is.EqualTo(before), "nothing may be recorded when an action is refused");
        return exception;
    }
}
