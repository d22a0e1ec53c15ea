using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>A true/false key: <c>{ "value", "feedbackWhenWrong", "feedbackWhenRight" }</c>.</summary>
/// <param name="Value">The right answer.</param>
/// <param name="FeedbackWhenWrong">The feedback for a wrong answer, if any.</param>
/// <param name="FeedbackWhenRight">The feedback for a right answer, if any.</param>
public sealed record TrueFalseAnswerInspection(
    [property: JsonPropertyName("value")] bool Value,
    [property: JsonPropertyName("feedbackWhenWrong")] string? FeedbackWhenWrong,
    [property: JsonPropertyName("feedbackWhenRight")] string? FeedbackWhenRight);
