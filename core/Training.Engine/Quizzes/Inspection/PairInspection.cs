using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>A matching pair: <c>{ "left", "right" }</c>; an empty left makes right a distractor.</summary>
/// <param name="Left">The item.</param>
/// <param name="Right">Its match.</param>
public sealed record PairInspection(
    [property: JsonPropertyName("left")] string Left,
    [property: JsonPropertyName("right")] string Right);
