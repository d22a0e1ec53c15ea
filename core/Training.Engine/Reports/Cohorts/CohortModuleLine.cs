using System.Text.Json.Serialization;

namespace Training.Engine.Reports.Cohorts;

/// <summary>One module of a cohort report.</summary>
/// <param name="Id">The module.</param>
/// <param name="CompletionRate">Percent (0 to 100) of the cohort's trainees who completed it, rounded to 2 decimals; 0 for an empty cohort.</param>
/// <param name="AverageBestPercent">The mean, over every (trainee, quiz) pair of the module with a submitted attempt, of the best percent; null when there is none.</param>
public sealed record CohortModuleLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("completionRate")] double CompletionRate,
    [property: JsonPropertyName("averageBestPercent")] double? AverageBestPercent)
{
    /// <summary>The module's title in the report's language, for people.</summary>
    [JsonIgnore]
    public string Title { get; init; } = string.Empty;
}
