using System.Text.Json.Serialization;

namespace Training.Engine.Records.Trainees;

/// <summary>A trainee's enrolment in a certification track.</summary>
/// <param name="TraineeId">The trainee.</param>
/// <param name="TrackId">The track.</param>
/// <param name="EnrolledAt">When the trainee was enrolled.</param>
public sealed record Enrolment(
    [property: JsonPropertyName("trainee")] string TraineeId,
    [property: JsonPropertyName("track")] string TrackId,
    [property: JsonPropertyName("enrolledAt")] DateTimeOffset EnrolledAt);
