using Training.Engine.Records.Events;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Storage;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>Lessons.</content>
public sealed partial class LearningRecords
{
    /// <summary>Records that a trainee completed a lesson. Completing it again records nothing.</summary>
    /// <param name="traineeId">The trainee.</param>
    /// <param name="moduleId">The module.</param>
    /// <param name="lessonId">The lesson.</param>
    /// <returns>What it led to (module or track completed, certificates).</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee, module or lesson (NotFound); prerequisites not completed (Refused).</exception>
    public ActionOutcome CompleteLesson(string traineeId, string moduleId, string lessonId)
    {
        var id = TraineeInput.Id(traineeId);
        var module = RequireModule(moduleId);
        ArgumentNullException.ThrowIfNull(lessonId);
        _ = module.FindLesson(lessonId)
            ?? throw LearningRecordsException.NotFound($"Module '{moduleId}' has no lesson '{lessonId}'. Its lessons: {string.Join(", ", module.Lessons.Select(l => l.Id).DefaultIfEmpty("(none)"))}.");
        return _store.Write(writer => CompleteLessonIn(writer, TraineeSnapshot.Load(writer, RequireTrainee(writer, id)), module, lessonId));
    }

    // One lesson completion inside an open write transaction; the snapshot is updated in place so
    // several completions for one trainee can share it (bulk recording).
    private ActionOutcome CompleteLessonIn(ILearningWriter writer, TraineeSnapshot snapshot, Modules.LoadedModule module, string lessonId)
    {
        RequirePrerequisites(module, snapshot);
        var now = _time.GetUtcNow();
        if (snapshot.IsLessonDone(module.Id, lessonId))
        {
            return Propagate(writer, snapshot, module, now, recorded: false);
        }

        var eventId = Append(writer, LearningEventKinds.LessonCompleted, snapshot.Trainee.Id, module, lessonId, null, null, now);
        var row = new LessonProgressRow(snapshot.Trainee.Id, module.Id, lessonId, module.Version, now, eventId);
        writer.UpsertLessonProgress(row);
        snapshot.PutLesson(row);
        return Propagate(writer, snapshot, module, now, recorded: true);
    }
}
