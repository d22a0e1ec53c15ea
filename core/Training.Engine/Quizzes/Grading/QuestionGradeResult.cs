using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Grading;

/// <summary>One question's grade, serialized as <c>{ "id", "score", "maxScore", "result", "feedback" }</c>.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Score">The points earned.</param>
/// <param name="MaxScore">The question's points in this quiz.</param>
/// <param name="Result"><c>correct</c>, <c>partial</c>, <c>incorrect</c> or <c>pending</c> (see <see cref="GradeResults"/>).</param>
/// <param name="Feedback">The answer's feedback then the general feedback, separated by a blank line; null when neither exists.</param>
public sealed record QuestionGradeResult(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("maxScore")] double MaxScore,
    [property: JsonPropertyName("result")] string Result,
    [property: JsonPropertyName("feedback")] string? Feedback);
