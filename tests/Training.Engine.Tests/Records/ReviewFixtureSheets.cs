using System.Text.Json;

namespace Training.Engine.Tests.Records;

/// <summary>Answer sheets for rev.essays/final.</summary>
internal static class ReviewFixtureSheets
{
    public static JsonElement Final(string essay, bool sun) =>
        RecordsFixture.Sheet(JsonSerializer.Serialize(new Dictionary<string, object> { ["story"] = essay, ["sun"] = sun }));

    public static JsonElement Stats() => RecordsFixture.Sheet("""{ "q1": true, "q2": true, "q3": true, "q4": true }""");
}
