using System.Text.Json.Serialization;
using Training.Engine.Quizzes.Grading;
using Training.Engine.Records.Progress;

namespace Training.Engine.Records.Attempts;

/// <summary>
/// A recorded attempt: the grade <see cref="QuizGrader"/> gives, plus where the attempt stands. Serialized
/// as <c>{ "score", "maxScore", "percent", "passed", "questions", "attemptId", "attempt", "attemptsLeft", "quizPassed", "outcome" }</c>.
/// </summary>
/// <param name="Score">The points earned.</param>
/// <param name="MaxScore">The points available.</param>
/// <param name="Percent">The attempt's grade, 0..100.</param>
/// <param name="Passed">Whether this attempt reached the pass mark.</param>
/// <param name="Questions">Each graded question.</param>
/// <param name="AttemptId">The attempt id.</param>
/// <param name="Number">The attempt number.</param>
/// <param name="AttemptsLeft">Attempts left, or null when unlimited.</param>
/// <param name="QuizPassed">Whether the quiz is passed by its grading method over all attempts.</param>
/// <param name="Outcome">Modules and tracks completed and certificates issued as a result.</param>
public sealed record AttemptResult(
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("maxScore")] double MaxScore,
    [property: JsonPropertyName("percent")] double Percent,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("questions")] IReadOnlyList<QuestionGradeResult> Questions,
    [property: JsonPropertyName("attemptId")] long AttemptId,
    [property: JsonPropertyName("attempt")] int Number,
    [property: JsonPropertyName("attemptsLeft")] int? AttemptsLeft,
    [property: JsonPropertyName("quizPassed")] bool QuizPassed,
    [property: JsonPropertyName("outcome")] ActionOutcome Outcome);
