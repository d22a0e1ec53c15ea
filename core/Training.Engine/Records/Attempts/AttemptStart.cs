using System.Text.Json.Serialization;
using Training.Sdk.Questions;

namespace Training.Engine.Records.Attempts;

/// <summary>An attempt ready to be answered.</summary>
/// <param name="AttemptId">The attempt id, to pass to <see cref="LearningRecords.SubmitAttempt"/>.</param>
/// <param name="Number">1 for the first attempt at the quiz, 2 for the next...</param>
/// <param name="Seed">The shuffle seed.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Deadline">When it must be submitted, or null.</param>
/// <param name="AttemptsLeft">Attempts left after this one, or null when unlimited.</param>
/// <param name="Resumed">True when an open attempt was resumed instead of a new one started.</param>
/// <param name="Questions">The questions as the trainee sees them, in this attempt's order.</param>
public sealed record AttemptStart(
    [property: JsonPropertyName("attemptId")] long AttemptId,
    [property: JsonPropertyName("attempt")] int Number,
    [property: JsonPropertyName("seed")] long Seed,
    [property: JsonPropertyName("startedAt")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("deadline")] DateTimeOffset? Deadline,
    [property: JsonPropertyName("attemptsLeft")] int? AttemptsLeft,
    [property: JsonPropertyName("resumed")] bool Resumed,
    [property: JsonPropertyName("questions")] IReadOnlyList<QuestionPresentation> Questions);
