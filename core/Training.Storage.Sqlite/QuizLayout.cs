using System.Text.Json;

namespace Training.Storage.Sqlite;

/// <summary>
/// A quiz's question list on one version (<c>quiz_layouts.questions</c>, JSON <c>[{ "id", "maxScore" }]</c>),
/// stored once and shared by every attempt made with it, so an attempt's row only holds its scores.
/// </summary>
internal sealed record QuizLayout(string ModuleVersion, string[] Ids, double[] MaxScores)
{
    public static string ToJson(IReadOnlyList<Engine.Records.Storage.QuestionResultRow> questions) =>
        JsonSerializer.Serialize(questions.Select(q => new LayoutEntry(q.QuestionId, q.MaxScore)));

    public static QuizLayout FromJson(string moduleVersion, string json)
    {
        var entries = JsonSerializer.Deserialize<LayoutEntry[]>(json) ?? [];
        return new QuizLayout(moduleVersion, [.. entries.Select(e => e.Id)], [.. entries.Select(e => e.MaxScore)]);
    }

    private sealed record LayoutEntry(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("maxScore")] double MaxScore);
}
