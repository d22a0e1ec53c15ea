using System.Text.Json.Serialization;

namespace Training.Engine.Records.Progress;

/// <summary>The next thing a trainee should do.</summary>
/// <param name="TrackId">The track it belongs to.</param>
/// <param name="ModuleId">The module.</param>
/// <param name="Kind">A lesson or a quiz.</param>
/// <param name="ItemId">The lesson or quiz id.</param>
public sealed record NextStep(
    [property: JsonPropertyName("track")] string TrackId,
    [property: JsonPropertyName("module")] string ModuleId,
    [property: JsonPropertyName("kind")] NextStepKind Kind,
    [property: JsonPropertyName("item")] string ItemId);
