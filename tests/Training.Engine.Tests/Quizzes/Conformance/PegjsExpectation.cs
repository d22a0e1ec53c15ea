using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Training.Engine.Quizzes.Gift;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>
/// Compares a parse with the expected output of gift-pegjs (also used by gift-parser-ide).
/// Two normalizations, because gift-pegjs rewrites whitespace where Moodle keeps it: runs of
/// whitespace compare as one space, and the spaces gift-pegjs puts around the missing-word
/// blank are ignored.
/// </summary>
internal static partial class PegjsExpectation
{
    public static void AssertMatches(GiftParseResult result, JsonElement expected)
    {
        var items = expected.EnumerateArray().ToList();
        var categories = items.Where(i => i.GetProperty("type").GetString() == "Category").ToList();
        var questions = items.Where(i => i.GetProperty("type").GetString() != "Category").ToList();

        Assert.That(result.Categories.Select(c => c.Name), Is.EqualTo(categories.Select(c => c.GetProperty("title").GetString())), "categories");
        Assert.That(result.Questions, Has.Count.EqualTo(questions.Count), "question count");
        for (var i = 0; i < questions.Count; i++)
        {
            AssertQuestion(result.Questions[i], questions[i], $"question {i + 1}");
        }
    }

    private static void AssertQuestion(Question question, JsonElement expected, string where)
    {
        var type = expected.GetProperty("type").GetString();
        Assert.That(TypeName(question), Is.EqualTo(type), $"{where}: type");
        Assert.That(question.Title, Is.EqualTo(NullableString(expected, "title")), $"{where}: title");
        AssertText(question.Text, question.Format, expected.GetProperty("stem"), $"{where}: stem");
        if (expected.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
        {
            Assert.That(question.Id, Is.EqualTo(id.GetString()), $"{where}: id");
        }

        if (expected.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            Assert.That(question.Tags, Is.EqualTo(tags.EnumerateArray().Select(t => t.GetString()).ToArray()), $"{where}: tags");
        }

        if (expected.TryGetProperty("globalFeedback", out var general))
        {
            Assert.That(Normalize(question.GeneralFeedback), Is.EqualTo(Normalize(TextOf(general))), $"{where}: general feedback");
        }

        switch (question)
        {
            case ChoiceQuestion choice:
                AssertChoices(choice.Choices, expected.GetProperty("choices"), where);
                break;
            case ShortAnswerQuestion shortAnswer:
                AssertChoices(shortAnswer.Answers, expected.GetProperty("choices"), where);
                break;
            case TrueFalseQuestion trueFalse:
                Assert.That(trueFalse.Answer, Is.EqualTo(expected.GetProperty("isTrue").GetBoolean()), $"{where}: isTrue");
                var whenTrue = trueFalse.Answer ? trueFalse.FeedbackWhenRight : trueFalse.FeedbackWhenWrong;
                var whenFalse = trueFalse.Answer ? trueFalse.FeedbackWhenWrong : trueFalse.FeedbackWhenRight;
                if (expected.TryGetProperty("trueFeedback", out var trueFeedback))
                {
                    Assert.That(Normalize(whenTrue), Is.EqualTo(Normalize(TextOf(trueFeedback))), $"{where}: trueFeedback");
                    Assert.That(Normalize(whenFalse), Is.EqualTo(Normalize(TextOf(expected.GetProperty("falseFeedback")))), $"{where}: falseFeedback");
                }
                else
                {
                    // gift-parser-ide's schema: feedback by right/wrong, as ours.
                    Assert.That(Normalize(trueFalse.FeedbackWhenWrong), Is.EqualTo(Normalize(TextOf(expected.GetProperty("incorrectFeedback")))), $"{where}: incorrectFeedback");
                    Assert.That(Normalize(trueFalse.FeedbackWhenRight), Is.EqualTo(Normalize(TextOf(expected.GetProperty("correctFeedback")))), $"{where}: correctFeedback");
                }
                break;
            case NumericalQuestion numerical:
                AssertNumerical(numerical, expected.GetProperty("choices"), where);
                break;
            case MatchingQuestion matching:
                var pairs = expected.GetProperty("matchPairs").EnumerateArray().ToList();
                Assert.That(
                    matching.Pairs.Select(p => (Normalize(p.Left), Normalize(p.Right))),
                    Is.EqualTo(pairs.Select(p => (Normalize(TextOf(p.GetProperty("subquestion"))), Normalize(p.GetProperty("subanswer").GetString())))),
                    $"{where}: pairs");
                break;
        }
    }

    private static void AssertChoices(IReadOnlyList<Choice> actual, JsonElement expected, string where)
    {
        var choices = expected.EnumerateArray().ToList();
        Assert.That(actual, Has.Count.EqualTo(choices.Count), $"{where}: choice count");
        for (var i = 0; i < choices.Count; i++)
        {
            AssertText(actual[i].Text, null, choices[i].GetProperty("text"), $"{where}: choice {i + 1} text");
            Assert.That(actual[i].Fraction, Is.EqualTo(ExpectedFraction(choices[i])).Within(1e-6), $"{where}: choice {i + 1} fraction");
            Assert.That(Normalize(actual[i].Feedback), Is.EqualTo(Normalize(TextOf(choices[i].GetProperty("feedback")))), $"{where}: choice {i + 1} feedback");
        }
    }

    private static void AssertNumerical(NumericalQuestion actual, JsonElement expected, string where)
    {
        if (expected.ValueKind == JsonValueKind.Object)
        {
            Assert.That(actual.Answers, Has.Count.EqualTo(1), $"{where}: answer count");
            AssertNumber(actual.Answers[0], expected, where);
            return;
        }

        var choices = expected.EnumerateArray().ToList();
        Assert.That(actual.Answers, Has.Count.EqualTo(choices.Count), $"{where}: answer count");
        for (var i = 0; i < choices.Count; i++)
        {
            var text = choices[i].GetProperty("text");
            if (text.TryGetProperty("type", out _))
            {
                AssertNumber(actual.Answers[i], text, where);
            }
            else
            {
                Assert.That(actual.Answers[i].Value, Is.Null, $"{where}: answer {i + 1} is the catch-all");
            }

            Assert.That(actual.Answers[i].Fraction, Is.EqualTo(ExpectedFraction(choices[i])).Within(1e-6), $"{where}: answer {i + 1} fraction");
            Assert.That(Normalize(actual.Answers[i].Feedback), Is.EqualTo(Normalize(TextOf(choices[i].GetProperty("feedback")))), $"{where}: answer {i + 1} feedback");
        }
    }

    private static void AssertNumber(NumericalAnswer answer, JsonElement expected, string where)
    {
        switch (expected.GetProperty("type").GetString())
        {
            case "simple":
                Assert.That(answer.Value, Is.EqualTo(expected.GetProperty("number").GetDouble()).Within(1e-9), $"{where}: number");
                Assert.That(answer.Tolerance, Is.Zero, $"{where}: tolerance");
                break;
            case "range":
                Assert.That(answer.Value, Is.EqualTo(expected.GetProperty("number").GetDouble()).Within(1e-9), $"{where}: number");
                Assert.That(answer.Tolerance, Is.EqualTo(expected.GetProperty("range").GetDouble()).Within(1e-9), $"{where}: tolerance");
                break;
            case "high-low":
                Assert.That(answer.Min, Is.EqualTo(expected.GetProperty("numberLow").GetDouble()).Within(1e-9), $"{where}: low");
                Assert.That(answer.Max, Is.EqualTo(expected.GetProperty("numberHigh").GetDouble()).Within(1e-9), $"{where}: high");
                break;
            default:
                Assert.Fail($"{where}: unknown numerical shape {expected}");
                break;
        }
    }

    private static double ExpectedFraction(JsonElement choice)
    {
        var weight = choice.GetProperty("weight");
        return weight.ValueKind == JsonValueKind.Number
            ? weight.GetDouble() / 100
            : choice.GetProperty("isCorrect").GetBoolean() ? 1 : 0;
    }

    private static void AssertText(string actual, TextFormat? format, JsonElement expected, string where)
    {
        Assert.That(Normalize(actual), Is.EqualTo(Normalize(TextOf(expected))), where);
        if (format is { } known && expected.TryGetProperty("format", out var expectedFormat))
        {
            Assert.That(known.ToString().ToLowerInvariant(), Is.EqualTo(expectedFormat.GetString()), where + " format");
        }
    }

    private static string? TextOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        _ => element.GetProperty("text").GetString(),
    };

    private static string? NullableString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string TypeName(Question question) => question switch
    {
        ChoiceQuestion => "MC",
        TrueFalseQuestion => "TF",
        ShortAnswerQuestion => "Short",
        NumericalQuestion => "Numerical",
        MatchingQuestion => "Matching",
        EssayQuestion => "Essay",
        DescriptionQuestion => "Description",
        _ => question.Type,
    };

    private static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return BlankPadding().Replace(collapsed, "_____").ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*_____\s*")]
    private static partial Regex BlankPadding();
}
