using System.Text.Json.Serialization;

namespace Training.Engine.Cohorts;

/// <summary>What adding or importing trainees into a cohort did.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="Added">Trainees who became members.</param>
/// <param name="AlreadyMembers">Trainees who were members already (left as they were).</param>
/// <param name="Created">Trainees created by an import (a subset of the others).</param>
/// <param name="Enrolled">Trainees newly enrolled in the cohort's track.</param>
public sealed record CohortChange(
    [property: JsonPropertyName("cohort")] string CohortId,
    [property: JsonPropertyName("added")] IReadOnlyList<string> Added,
    [property: JsonPropertyName("alreadyMembers")] IReadOnlyList<string> AlreadyMembers,
    [property: JsonPropertyName("created")] IReadOnlyList<string> Created,
    [property: JsonPropertyName("enrolled")] IReadOnlyList<string> Enrolled);
