namespace Training.Engine.Records.Storage;

/// <summary>Projection row: an essay answer that needed (or needs) a coordinator's grade.</summary>
/// <param name="AttemptId">The attempt.</param>
/// <param name="QuestionId">The essay question.</param>
/// <param name="TraineeId">The trainee.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="QuizId">The quiz.</param>
/// <param name="ModuleVersion">The module version the attempt was made on.</param>
/// <param name="Answer">The essay's text.</param>
/// <param name="MaxScore">The question's points.</param>
/// <param name="SubmittedAt">When the attempt was submitted.</param>
/// <param name="Score">The points given, or null while pending.</param>
/// <param name="Feedback">The coordinator's feedback, or null.</param>
/// <param name="GradedAt">When it was graded, or null while pending.</param>
public sealed record EssayAnswerRow(
    long AttemptId,
    string QuestionId,
    string TraineeId,
    string ModuleId,
    string QuizId,
    string ModuleVersion,
    string Answer,
    double MaxScore,
    DateTimeOffset SubmittedAt,
    double? Score,
    string? Feedback,
    DateTimeOffset? GradedAt);
