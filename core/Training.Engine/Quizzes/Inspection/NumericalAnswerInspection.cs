using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>
/// An accepted number: <c>{ "value", "tolerance", "min", "max", "fraction", "feedback" }</c>.
/// The catch-all answer has null value, min and max.
/// </summary>
/// <param name="Value">The expected value, or null for the catch-all.</param>
/// <param name="Tolerance">The accepted error either side.</param>
/// <param name="Min">The lowest accepted number, or null for the catch-all.</param>
/// <param name="Max">The highest accepted number, or null for the catch-all.</param>
/// <param name="Fraction">Its fraction of the points.</param>
/// <param name="Feedback">Its feedback, if any.</param>
public sealed record NumericalAnswerInspection(
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("tolerance")] double Tolerance,
    [property: JsonPropertyName("min")] double? Min,
    [property: JsonPropertyName("max")] double? Max,
    [property: JsonPropertyName("fraction")] double Fraction,
    [property: JsonPropertyName("feedback")] string? Feedback);
