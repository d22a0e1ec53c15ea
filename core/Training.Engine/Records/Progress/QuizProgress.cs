using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>A trainee's standing on one quiz.</summary>
/// <param name="Id">The quiz id.</param>
/// <param name="Attempts">Attempts made (open, submitted or expired) since the module was last reset.</param>
/// <param name="BestPercent">The best submitted percent, or null when none was submitted.</param>
/// <param name="Passed">Whether the grade by the quiz's grading method reaches its pass mark.</param>
public sealed record QuizProgress(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("attempts")] int Attempts,
    [property: JsonPropertyName("bestPercent")] double? BestPercent,
    [property: JsonPropertyName("passed")] bool Passed);
