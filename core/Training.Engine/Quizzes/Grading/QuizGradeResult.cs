using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Grading;

/// <summary>
/// The grade of one attempt, serialized as
/// <c>{ "score", "maxScore", "percent", "passed", "questions": [...] }</c>.
/// </summary>
/// <param name="Score">The points earned.</param>
/// <param name="MaxScore">The points available.</param>
/// <param name="Percent">Score over max score, 0..100, rounded to 2 decimals.</param>
/// <param name="Passed">Whether the pass mark is reached; false while an essay is pending.</param>
/// <param name="Questions">Each graded question, in quiz order (descriptions are not listed).</param>
public sealed record QuizGradeResult(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("maxScore")] double MaxScore,
    [property: JsonPropertyName("percent")] double Percent,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("questions")] IReadOnlyList<QuestionGradeResult> Questions);
