using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>Bulk recording.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// Records many lesson completions in one transaction (an import from another platform, say):
    /// all of them or, when one is refused, none. Each is checked and projected exactly as
    /// <see cref="CompleteLesson"/> does.
    /// </summary>
    /// <param name="completions">The completions, in order.</param>
    /// <returns>One outcome per completion, in the same order.</returns>
    /// <exception cref="LearningRecordsException">A completion is refused; nothing is recorded.</exception>
    public IReadOnlyList<ActionOutcome> CompleteLessons(IEnumerable<LessonCompletion> completions)
    {
        ArgumentNullException.ThrowIfNull(completions);
        var items = completions.Select(c =>
        {
            var module = RequireModule(c.ModuleId);
            _ = module.FindLesson(c.LessonId)
                ?? throw LearningRecordsException.NotFound($"Module '{c.ModuleId}' has no lesson '{c.LessonId}'.");
            return (TraineeId: TraineeInput.Id(c.TraineeId), Module: module, c.LessonId);
        }).ToList();

        return _store.Write(writer =>
        {
            // A trainee's snapshot is loaded once and kept current across their completions.
            var snapshots = new Dictionary<string, TraineeSnapshot>(StringComparer.Ordinal);
            var outcomes = new List<ActionOutcome>(items.Count);
            foreach (var (traineeId, module, lessonId) in items)
            {
                if (!snapshots.TryGetValue(traineeId, out var snapshot))
                {
                    snapshot = TraineeSnapshot.Load(writer, RequireTrainee(writer, traineeId));
                    snapshots[traineeId] = snapshot;
                }

                outcomes.Add(CompleteLessonIn(writer, snapshot, module, lessonId));
            }

            return outcomes;
        });
    }
}
