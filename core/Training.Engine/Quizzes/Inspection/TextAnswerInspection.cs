using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>An accepted short answer: <c>{ "text", "fraction", "feedback" }</c>; <c>*</c> in the text matches anything.</summary>
/// <param name="Text">The accepted answer.</param>
/// <param name="Fraction">Its fraction of the points.</param>
/// <param name="Feedback">Its feedback, if any.</param>
public sealed record TextAnswerInspection(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("fraction")] double Fraction,
    [property: JsonPropertyName("feedback")] string? Feedback);
