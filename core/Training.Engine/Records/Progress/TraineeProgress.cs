using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>A trainee's progress over every module of the tracks they are enrolled in.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="Modules">Each module of the trainee's tracks (and any other module with recorded progress), in track order.</param>
/// <param name="Tracks">Each enrolled track.</param>
public sealed record TraineeProgress(
    [property: JsonPropertyName("trainee")] string TraineeId,
    [property: JsonPropertyName("modules")] IReadOnlyList<ModuleProgress> Modules,
    [property: JsonPropertyName("tracks")] IReadOnlyList<TrackProgress> Tracks)
{
    /// <summary>
    /// The next lesson or quiz to do, as <see cref="LearningRecords.NextStep"/> gives it, from the same
    /// snapshot as the rest of the progress; null when nothing is left.
    /// </summary>
    [JsonPropertyName("next")]
    public NextStep? Next { get; init; }
}
