namespace Training.Engine.Records.Storage;

/// <summary>How a quiz of the report's track is graded, so the store can decide "passed" in its aggregate.</summary>
/// <param name="ModuleId">The module.</param>
/// <param name="QuizId">The quiz.</param>
/// <param name="Grading">The grading method: <c>highest</c>, <c>last</c>, <c>first</c> or <c>average</c> over submitted attempts.</param>
/// <param name="PassPercent">The pass mark, 0 to 100.</param>
public sealed record CohortQuizRule(string ModuleId, string QuizId, string Grading, double PassPercent);
