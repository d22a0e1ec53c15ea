using System.Text.Json.Serialization;

namespace Training.Engine.Reports.Cohorts;

/// <summary>One trainee of a cohort report.</summary>
/// <param name="Id">The trainee's id.</param>
/// <param name="Name">The trainee's name.</param>
/// <param name="Percent">Percent of the track done: completed items over all items of the track's modules (100 when the track is completed), rounded to 2 decimals.</param>
/// <param name="CompletedModules">How many of the track's modules are completed.</param>
/// <param name="Status">One of <see cref="CohortStatus"/>'s values.</param>
/// <param name="LastActivity">The latest lesson completed or quiz attempt started or submitted in the track's modules, or null.</param>
/// <param name="CertificateId">The track's latest certificate, or null.</param>
public sealed record CohortTraineeLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("percent")] double Percent,
    [property: JsonPropertyName("completedModules")] int CompletedModules,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("lastActivity")] DateTimeOffset? LastActivity,
    [property: JsonPropertyName("certificateId")] string? CertificateId)
{
    /// <summary>The trainee's standing in each module of the track, in track order (the report's matrix).</summary>
    [JsonIgnore]
    public IReadOnlyList<CohortCell> Cells { get; init; } = [];

    /// <summary>The percent expected by now under the deadline rule, or null without a deadline.</summary>
    [JsonIgnore]
    public double? ExpectedPercent { get; init; }
}
