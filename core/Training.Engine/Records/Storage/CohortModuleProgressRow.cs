namespace Training.Engine.Records.Storage;

/// <summary>
/// One member's aggregated progress in one module of the track, counting only progress after the
/// module's last reset. Only (member, module) pairs with some progress or a completion are returned.
/// </summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="LessonsDone">Counting lessons completed (among those asked for).</param>
/// <param name="QuizzesPassed">Quizzes passed by their grading method and pass mark.</param>
/// <param name="QuizzesAttempted">Quizzes with at least one counting attempt.</param>
/// <param name="Completed">The module status says completed (completion is sticky).</param>
/// <param name="BestPercentSum">The sum, over quizzes with a submitted attempt, of the best percent.</param>
/// <param name="BestPercentCount">How many quizzes that sum covers.</param>
/// <param name="LastActivity">The latest lesson completion or attempt start or submission, or null.</param>
public sealed record CohortModuleProgressRow(
    string TraineeId,
    string ModuleId,
    int LessonsDone,
    int QuizzesPassed,
    int QuizzesAttempted,
    bool Completed,
    double BestPercentSum,
    int BestPercentCount,
    DateTimeOffset? LastActivity);
