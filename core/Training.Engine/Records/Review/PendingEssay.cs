namespace Training.Engine.Records.Review;

/// <summary>An essay answer waiting for a coordinator's grade.</summary>
/// <param name="AttemptId">The attempt.</param>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="QuizId">The quiz.</param>
/// <param name="ModuleVersion">The module version the attempt was made on.</param>
/// <param name="QuestionId">The essay question.</param>
/// <param name="MaxScore">The points it is worth.</param>
/// <param name="Text">The essay's text.</param>
/// <param name="SubmittedAt">When the attempt was submitted.</param>
public sealed record PendingEssay(
    long AttemptId,
    string TraineeId,
    string ModuleId,
    string QuizId,
    string ModuleVersion,
    string QuestionId,
    double MaxScore,
    string Text,
    DateTimeOffset SubmittedAt);
