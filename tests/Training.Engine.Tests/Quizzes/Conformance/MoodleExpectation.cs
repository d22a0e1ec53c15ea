using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Engine.Tests.Quizzes.Conformance;

/// <summary>Compares a parsed question with the fields Moodle's import test asserts, where our model has them.</summary>
internal static class MoodleExpectation
{
    public static void AssertMatches(Question question, JsonElement expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(question.Type, Is.EqualTo(ExpectedType(expected)), "type");
            if (expected.TryGetProperty("name", out var name))
            {
                Assert.That(question.Title, Is.EqualTo(name.GetString()), "name");
            }

            Assert.That(question.Text, Is.EqualTo(expected.GetProperty("text").GetString()), "text");
            Assert.That(FormatName(question.Format), Is.EqualTo(expected.GetProperty("format").GetString()), "format");
            Assert.That(question.GeneralFeedback ?? string.Empty, Is.EqualTo(expected.GetProperty("generalFeedback").GetString()), "general feedback");
            if (expected.TryGetProperty("tags", out var tags))
            {
                Assert.That(question.Tags, Is.EqualTo(tags.EnumerateArray().Select(t => t.GetString()).ToArray()), "tags");
            }

            if (expected.TryGetProperty("idnumber", out var idnumber))
            {
                Assert.That(question.Id, Is.EqualTo(idnumber.GetString()), "idnumber");
            }
        });

        switch (question)
        {
            case ChoiceQuestion choice:
                AssertChoices(choice.Choices, expected.GetProperty("answers"));
                break;
            case ShortAnswerQuestion shortAnswer:
                AssertChoices(shortAnswer.Answers, expected.GetProperty("answers"));
                break;
            case NumericalQuestion numerical:
                AssertNumerical(numerical, expected.GetProperty("answers"));
                break;
            case MatchingQuestion matching:
                var subquestions = expected.GetProperty("subquestions").EnumerateArray().ToList();
                Assert.That(matching.Pairs.Select(p => (p.Left, p.Right)), Is.EqualTo(subquestions.Select(s => (s.GetProperty("text").GetString(), s.GetProperty("answer").GetString()))));
                break;
            case TrueFalseQuestion trueFalse:
                var correct = expected.GetProperty("correctAnswer").GetBoolean();
                Assert.That(trueFalse.Answer, Is.EqualTo(correct), "correct answer");

                // Moodle stores feedback by response; ours is by right/wrong.
                var whenTrue = expected.GetProperty("feedbackTrue").GetProperty("text").GetString();
                var whenFalse = expected.GetProperty("feedbackFalse").GetProperty("text").GetString();
                Assert.That((correct ? trueFalse.FeedbackWhenRight : trueFalse.FeedbackWhenWrong) ?? string.Empty, Is.EqualTo(whenTrue), "feedback for 'true'");
                Assert.That((correct ? trueFalse.FeedbackWhenWrong : trueFalse.FeedbackWhenRight) ?? string.Empty, Is.EqualTo(whenFalse), "feedback for 'false'");
                break;
        }
    }

    private static string ExpectedType(JsonElement expected) => expected.GetProperty("type").GetString() switch
    {
        "multichoice" => expected.GetProperty("single").GetBoolean() ? QuestionTypeIds.SingleChoice : QuestionTypeIds.MultipleChoice,
        "truefalse" => QuestionTypeIds.TrueFalse,
        "shortanswer" => QuestionTypeIds.ShortAnswer,
        "numerical" => QuestionTypeIds.Numerical,
        "match" => QuestionTypeIds.Matching,
        "essay" => QuestionTypeIds.Essay,
        "description" => QuestionTypeIds.Description,
        var other => "unmapped:" + other,
    };

    private static string FormatName(TextFormat format) => format.ToString().ToLowerInvariant();

    private static void AssertChoices(IReadOnlyList<Choice> actual, JsonElement expected)
    {
        var answers = expected.EnumerateArray().ToList();
        Assert.That(actual, Has.Count.EqualTo(answers.Count), "answer count");
        for (var i = 0; i < answers.Count; i++)
        {
            Assert.That(actual[i].Text, Is.EqualTo(answers[i].GetProperty("text").GetString()), $"answer {i} text");
            Assert.That(actual[i].Fraction, Is.EqualTo(answers[i].GetProperty("fraction").GetDouble()).Within(1e-9), $"answer {i} fraction");
            Assert.That(actual[i].Feedback ?? string.Empty, Is.EqualTo(answers[i].GetProperty("feedback").GetString()), $"answer {i} feedback");
        }
    }

    private static void AssertNumerical(NumericalQuestion actual, JsonElement expected)
    {
        var answers = expected.EnumerateArray().ToList();
        Assert.That(actual.Answers, Has.Count.EqualTo(answers.Count), "answer count");
        for (var i = 0; i < answers.Count; i++)
        {
            var text = answers[i].GetProperty("text").GetString();
            var answer = actual.Answers[i];
            if (text == "*")
            {
                Assert.That(answer.Value, Is.Null, $"answer {i} is the catch-all");
            }
            else
            {
                Assert.That(answer.Value, Is.EqualTo(double.Parse(text!, System.Globalization.CultureInfo.InvariantCulture)).Within(1e-9), $"answer {i} value");
                Assert.That(answer.Tolerance, Is.EqualTo(answers[i].GetProperty("tolerance").GetDouble()).Within(1e-9), $"answer {i} tolerance");
            }

            Assert.That(answer.Fraction, Is.EqualTo(answers[i].GetProperty("fraction").GetDouble()).Within(1e-9), $"answer {i} fraction");
            Assert.That(answer.Feedback ?? string.Empty, Is.EqualTo(answers[i].GetProperty("feedback").GetString()), $"answer {i} feedback");
        }
    }
}
