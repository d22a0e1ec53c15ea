using System.Text.Json.Serialization;

namespace Training.Engine.Records.Trainees;

/// <summary>A registered trainee.</summary>
/// <param name="Id">The trainee's id: lowercase letters, digits, <c>.</c>, <c>_</c> and <c>-</c>.</param>
/// <param name="Name">The name shown on certificates.</param>
/// <param name="Email">The e-mail, or null.</param>
/// <param name="CreatedAt">When the trainee was registered.</param>
public sealed record Trainee(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt);
