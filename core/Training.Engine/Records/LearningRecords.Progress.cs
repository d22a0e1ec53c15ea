using Training.Engine.Modules;
using Training.Engine.Quizzes.Rules;
using Training.Engine.Records.Progress;
using Training.Engine.Records.Trainees;

namespace Training.Engine.Records;

/// <content>Progress and the next step.</content>
public sealed partial class LearningRecords
{
    /// <summary>
    /// A trainee's progress: every module of their tracks (then any other module they have progress on),
    /// against the installed versions, and every enrolled track.
    /// </summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee.</exception>
    public TraineeProgress GetProgress(string traineeId)
    {
        var id = TraineeInput.Id(traineeId);
        var snapshot = _store.Read(reader => TraineeSnapshot.Load(reader, RequireTrainee(reader, id)));
        var evaluations = new Dictionary<string, ModuleEvaluation>(StringComparer.Ordinal);
        var modules = new List<ModuleProgress>();
        foreach (var module in ModulesOf(snapshot))
        {
            var evaluation = ModuleEvaluation.Of(module, snapshot);
            evaluations[module.Id] = evaluation;
            modules.Add(new ModuleProgress(module.Id, module.Version, evaluation.Status, evaluation.LessonsCompleted, module.Lessons.Count, evaluation.Quizzes)
            {
                CompletedLessons = module.Lessons.Where(lesson => snapshot.IsLessonDone(module.Id, lesson.Id)).Select(lesson => lesson.Id).ToList(),
            });
        }

        var tracks = new List<TrackProgress>();
        foreach (var enrolment in snapshot.Enrolments)
        {
            var status = snapshot.Tracks.GetValueOrDefault(enrolment.TrackId);
            var moduleIds = _catalog.FindTrack(enrolment.TrackId)?.Track.Modules ?? [];
            int done = 0, total = 0;
            foreach (var moduleId in moduleIds)
            {
                if (evaluations.TryGetValue(moduleId, out var evaluation))
                {
                    done += evaluation.ItemsDone;
                    total += evaluation.ItemsTotal;
                }
            }

            var completed = status?.Completed == true || (moduleIds.Count > 0 && moduleIds.All(m => evaluations.TryGetValue(m, out var e) && e.Completed));
            var percent = completed ? 100 : total == 0 ? 0 : Math.Round(100.0 * done / total, 2, MidpointRounding.AwayFromZero);
            tracks.Add(new TrackProgress(enrolment.TrackId, percent, completed, status?.CertificateId));
        }

        return new TraineeProgress(id, modules, tracks) { Next = NextStepOf(snapshot) };
    }

    /// <summary>
    /// The next lesson or quiz to do across the trainee's tracks: tracks in enrolment order, modules in
    /// track order (skipping completed ones and those whose prerequisites are not completed), lessons in
    /// order, then quizzes not yet passed that have attempts left.
    /// </summary>
    /// <param name="traineeId">The trainee.</param>
    /// <returns>The next step, or null when there is nothing left to do.</returns>
    /// <exception cref="LearningRecordsException">Unknown trainee.</exception>
    public NextStep? NextStep(string traineeId)
    {
        var id = TraineeInput.Id(traineeId);
        return NextStepOf(_store.Read(reader => TraineeSnapshot.Load(reader, RequireTrainee(reader, id))));
    }

    private NextStep? NextStepOf(TraineeSnapshot snapshot)
    {
        NextStep? waiting = null;
        foreach (var enrolment in snapshot.Enrolments)
        {
            foreach (var moduleId in _catalog.FindTrack(enrolment.TrackId)?.Track.Modules ?? [])
            {
                if (_catalog.FindLoaded(moduleId) is not { } module
                    || snapshot.IsModuleCompleted(module.Id)
                    || module.Prerequisites.Any(p => !snapshot.IsModuleCompleted(p)))
                {
                    continue;
                }

                if (module.Lessons.FirstOrDefault(l => !snapshot.IsLessonDone(module.Id, l.Id)) is { } lesson)
                {
                    return new NextStep(enrolment.TrackId, module.Id, NextStepKind.Lesson, lesson.Id);
                }

                foreach (var quiz in module.Quizzes)
                {
                    var attempts = snapshot.CountingAttempts(module.Id, quiz.Id);
                    if (ModuleEvaluation.QuizStanding(quiz.Id, quiz.Settings, attempts).Passed)
                    {
                        continue;
                    }

                    // Retaking a quiz whose grade is not known yet would waste an attempt: wait for the review.
                    if (attempts.Exists(a => a.AwaitingReview))
                    {
                        waiting ??= new NextStep(enrolment.TrackId, module.Id, NextStepKind.AwaitingReview, quiz.Id);
                    }
                    else if (QuizAttempts.CanAttempt(quiz.Settings.Attempts, attempts.Count))
                    {
                        return new NextStep(enrolment.TrackId, module.Id, NextStepKind.Quiz, quiz.Id);
                    }
                }
            }
        }

        return waiting;
    }

    private IEnumerable<LoadedModule> ModulesOf(TraineeSnapshot snapshot)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var tracked = snapshot.Enrolments.SelectMany(e => _catalog.FindTrack(e.TrackId)?.Track.Modules ?? []);
        var others = snapshot.Lessons.Select(l => l.ModuleId).Concat(snapshot.Attempts.Select(a => a.ModuleId)).Order(StringComparer.Ordinal);
        foreach (var moduleId in tracked.Concat(others))
        {
            if (seen.Add(moduleId) && _catalog.FindLoaded(moduleId) is { } module)
            {
                yield return module;
            }
        }
    }
}
