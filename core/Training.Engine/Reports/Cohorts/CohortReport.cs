using System.Text.Json.Serialization;

namespace Training.Engine.Reports.Cohorts;

/// <summary>
/// A cohort's progress: one line per trainee, one per module of the track. Serialized, it is the
/// public JSON shape <c>{ cohort, track, deadline, trainees, modules }</c>; the members marked
/// <see cref="JsonIgnoreAttribute"/> serve the table and HTML renderings only.
/// </summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="TrackId">Its track.</param>
/// <param name="Deadline">Its deadline, or null.</param>
/// <param name="Trainees">The members, by id.</param>
/// <param name="Modules">The track's modules, in track order.</param>
public sealed record CohortReport(
    [property: JsonPropertyName("cohort")] string CohortId,
    [property: JsonPropertyName("track")] string TrackId,
    [property: JsonPropertyName("deadline")] DateOnly? Deadline,
    [property: JsonPropertyName("trainees")] IReadOnlyList<CohortTraineeLine> Trainees,
    [property: JsonPropertyName("modules")] IReadOnlyList<CohortModuleLine> Modules)
{
    /// <summary>The cohort's title, or null.</summary>
    [JsonIgnore]
    public string? Title { get; init; }

    /// <summary>When the report was computed.</summary>
    [JsonIgnore]
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>How many trainees have each status, in the order of <see cref="CohortStatus.All"/>.</summary>
    /// <returns>Status and count.</returns>
    public IReadOnlyList<(string Status, int Count)> CountByStatus() =>
        [.. CohortStatus.All.Select(status => (status, Trainees.Count(t => t.Status == status)))];
}
