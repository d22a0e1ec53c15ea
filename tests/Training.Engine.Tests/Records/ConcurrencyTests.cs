using Training.Engine.Records;
using Training.Engine.Records.Events;
using Training.Storage.Sqlite;

namespace Training.Engine.Tests.Records;

public sealed class ConcurrencyTests
{
    [Test]
    public void SeveralThreadsRecordingThroughSeparateStores_LoseNothing()
    {
        using var fixture = new RecordsFixture();
        const int threads = 4;
        const int trainees = 15;
        for (var t = 0; t < threads * trainees; t++)
        {
            fixture.Records.AddTrainee($"c{t}", "Trainee");
        }

        var errors = new List<Exception>();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                using var store = SqliteLearningStore.Open(fixture.Folder.Path);
                var records = new LearningRecords(store, fixture.Catalog, fixture.Clock, fixture.Issuer);
                for (var i = 0; i < trainees; i++)
                {
                    var id = $"c{(t * trainees) + i}";
                    records.CompleteLesson(id, "rec.basics", "intro");
                    records.TakeQuiz(id, "rec.basics", "check", RecordsFixture.Sheet("""{ "t1": true, "t2": false }"""));
                }
            }
            catch (Exception exception)
            {
                lock (errors)
                {
                    errors.Add(exception);
                }
            }
        })).ToList();

        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.That(errors, Is.Empty);
        var events = fixture.Records.ListEvents();
        Assert.That(events.Count(e => e.Kind == LearningEventKinds.LessonCompleted), Is.EqualTo(threads * trainees));
        Assert.That(events.Count(e => e.Kind == LearningEventKinds.AttemptSubmitted), Is.EqualTo(threads * trainees));
    }
}
