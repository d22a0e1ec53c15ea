using System.Text.Json;
using Training.Engine.Quizzes.Gift;
using Training.Engine.Quizzes.Inspection;
using Training.Sdk.Content;

namespace Training.Engine.Tests.Quizzes.Inspection;

public sealed class QuizInspectorTests
{
    private static JsonElement Inspect(string gift)
    {
        var inspection = QuizInspector.Inspect(GiftParser.Parse(gift, "geo.gift"), QuizSettings.Default);
        return JsonDocument.Parse(JsonSerializer.Serialize(inspection)).RootElement;
    }

    [Test]
    public void Serializes_to_the_public_contract()
    {
        var root = Inspect(QuizTestData.Gift);

        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "questions", "diagnostics" }));
        var first = root.GetProperty("questions")[1];
        Assert.That(first.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id", "type", "title", "text", "points", "choices", "answers", "pairs", "generalFeedback" }));
        Assert.That(root.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("type").GetString()), Is.EqualTo(new[]
        {
            "description", "single-choice", "multiple-choice", "true-false", "short-answer", "numerical", "matching", "essay",
        }));
    }

    [Test]
    public void Maps_keys_of_each_type()
    {
        var questions = Inspect(QuizTestData.Gift).GetProperty("questions");

        Assert.That(questions[0].GetProperty("points").GetDouble(), Is.Zero);
        Assert.That(questions[1].GetProperty("choices")[0].ToString(), Is.EqualTo("""{"text":"Paris","fraction":1,"feedback":"Bravo"}"""));
        Assert.That(questions[3].GetProperty("answers")[0].ToString(), Is.EqualTo("""{"value":false,"feedbackWhenWrong":"Non, elle est ronde.","feedbackWhenRight":"Exact."}"""));
        Assert.That(questions[4].GetProperty("answers")[1].ToString(), Is.EqualTo("""{"text":"ete","fraction":0.5,"feedback":"Attention aux accents"}"""));
        Assert.That(questions[5].GetProperty("answers")[0].ToString(), Is.EqualTo("""{"value":3.14,"tolerance":0.01,"min":3.13,"max":3.15,"fraction":1,"feedback":"Bien"}"""));
        Assert.That(questions[5].GetProperty("answers")[2].ToString(), Is.EqualTo("""{"value":null,"tolerance":0,"min":null,"max":null,"fraction":0,"feedback":"Non"}"""));
        Assert.That(questions[6].GetProperty("pairs")[3].ToString(), Is.EqualTo("""{"left":"","right":"Berlin"}"""));
        Assert.That(questions[1].GetProperty("generalFeedback").GetString(), Is.EqualTo("Paris est la capitale depuis longtemps."));
        Assert.That(questions[7].GetProperty("generalFeedback").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Lists_diagnostics()
    {
        var diagnostics = Inspect("Sans titre ?{T}\n\n::B::Cassé {=a").GetProperty("diagnostics");

        Assert.That(diagnostics.EnumerateArray().Select(d => d.ToString()), Is.EqualTo(new[]
        {
            """{"severity":"warning","code":"TRN050","file":"geo.gift","line":1,"column":1,"message":"This question has neither an [id:] nor a title, so its id is its position (\u0027q1\u0027). Position ids do not survive edits; add // [id:...] on the line above the question."}""",
            """{"severity":"error","code":"TRN040","file":"geo.gift","line":3,"column":12,"message":"This answer block is never closed. Add \u0027}\u0027 at the end of the answers (a blank line ends the question), or escape a literal brace as \\{."}""",
        }));
    }
}
