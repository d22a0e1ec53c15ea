using Training.Engine.Quizzes.Grading;

namespace Training.Engine.Records.Storage;

/// <summary>Projection row: the per-question results of one submitted attempt (item analysis, essay review).</summary>
/// <param name="AttemptId">The attempt.</param>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="QuizId">The quiz.</param>
/// <param name="ModuleVersion">The module version the attempt was made on.</param>
/// <param name="Questions">Each graded question, in quiz order.</param>
public sealed record AttemptResultsRow(long AttemptId, string TraineeId, string ModuleId, string QuizId, string ModuleVersion, IReadOnlyList<QuestionResultRow> Questions)
{
    /// <summary>Whether a question still waits for a coordinator's grade.</summary>
    public bool Pending => Questions.Any(question => question.Result == GradeResults.Pending);
}
