using System.Text.Json.Serialization;

namespace Training.Engine.Cohorts;

/// <summary>A group of trainees following one track together, optionally by a deadline.</summary>
/// <param name="Id">The cohort's id: lowercase letters, digits, <c>.</c>, <c>_</c> and <c>-</c>.</param>
/// <param name="TrackId">The track its members are enrolled in.</param>
/// <param name="Title">A title for people, or null.</param>
/// <param name="Deadline">The day by which members should have completed the track (the whole day counts), or null.</param>
/// <param name="CreatedAt">When the cohort was created.</param>
/// <param name="Members">How many trainees it has (ignored when the cohort is stored).</param>
public sealed record Cohort(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("track")] string TrackId,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("deadline")] DateOnly? Deadline,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("members")] int Members);
