using Training.Engine.Manifests;
using Training.Engine.Modules;
using Training.Engine.Quizzes.Rules;
using Training.Engine.Records.Storage;

namespace Training.Engine.Records.Progress;

/// <summary>A trainee's standing in one module, computed from a snapshot against the installed version.</summary>
internal sealed record ModuleEvaluation(
    LoadedModule Module,
    int LessonsCompleted,
    int LessonsRequired,
    IReadOnlyList<QuizProgress> Quizzes,
    bool StickyCompleted,
    bool AnyProgress)
{
    /// <summary>Every item the completion rule asks for is done.</summary>
    public bool AllItemsDone => LessonsCompleted >= LessonsRequired && Quizzes.All(q => q.Passed);

    public bool Completed => StickyCompleted || AllItemsDone;

    /// <summary>Items counted toward a track's percent: a completed module counts all its items as done.</summary>
    public int ItemsTotal => LessonsRequired + Quizzes.Count;

    public int ItemsDone => Completed ? ItemsTotal : Math.Min(LessonsCompleted, LessonsRequired) + Quizzes.Count(q => q.Passed);

    public string Status => Completed ? ModuleProgressStatus.Completed : AnyProgress ? ModuleProgressStatus.InProgress : ModuleProgressStatus.NotStarted;

    public static ModuleEvaluation Of(LoadedModule module, TraineeSnapshot snapshot)
    {
        var lessonsDone = module.Lessons.Count(lesson => snapshot.IsLessonDone(module.Id, lesson.Id));
        var quizzes = new List<QuizProgress>(module.Quizzes.Count);
        var anyAttempt = false;
        foreach (var quiz in module.Quizzes)
        {
            var attempts = snapshot.CountingAttempts(module.Id, quiz.Id);
            anyAttempt |= attempts.Count > 0;
            quizzes.Add(QuizStanding(quiz.Id, quiz.Settings, attempts));
        }

        var required = ModuleRules.CompletionOf(module) == CompletionRule.Quizzes ? 0 : module.Lessons.Count;
        return new ModuleEvaluation(module, lessonsDone, required, quizzes, snapshot.IsModuleCompleted(module.Id), lessonsDone > 0 || anyAttempt);
    }

    public static QuizProgress QuizStanding(string quizId, Sdk.Content.QuizSettings settings, IReadOnlyList<AttemptRow> attempts)
    {
        var percents = attempts.Where(a => a.State == AttemptState.Submitted && !a.AwaitingReview && a.Percent is not null).Select(a => a.Percent!.Value).ToList();
        var grade = QuizAttempts.Grade(settings.Grading, percents);
        var passed = grade is { } value && value >= (settings.PassMark * 100) - 1e-7;
        return new QuizProgress(quizId, attempts.Count, percents.Count > 0 ? percents.Max() : null, passed);
    }
}
