using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>A choice: <c>{ "text", "fraction", "feedback" }</c>.</summary>
/// <param name="Text">The choice's text.</param>
/// <param name="Fraction">Its fraction of the points, -1..1.</param>
/// <param name="Feedback">Its feedback, if any.</param>
public sealed record ChoiceInspection(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("fraction")] double Fraction,
    [property: JsonPropertyName("feedback")] string? Feedback);
