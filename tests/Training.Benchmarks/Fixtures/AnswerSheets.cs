using System.Text;
using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Benchmarks.Fixtures;

/// <summary>Answer sheets for a quiz, written as trainees would send them: right, wrong, or a mix.</summary>
internal static class AnswerSheets
{
    /// <summary>A sheet answering every question; <paramref name="right"/> decides, per question, whether the answer is the key.</summary>
    public static JsonElement For(IReadOnlyList<Question> questions, Func<int, bool> right)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < questions.Count; i++)
            {
                var good = right(i);
                switch (questions[i])
                {
                    case ChoiceQuestion { Multiple: true } choice:
                        json.WriteStartArray(choice.Id);
                        foreach (var option in choice.Choices.Where(c => good ? c.Fraction > 0 : c.Fraction < 0))
                        {
                            json.WriteStringValue(option.Text);
                        }

                        json.WriteEndArray();
                        break;
                    case ChoiceQuestion choice:
                        json.WriteString(choice.Id, choice.Choices.OrderByDescending(c => c.Fraction).ElementAt(good ? 0 : choice.Choices.Count - 1).Text);
                        break;
                    case TrueFalseQuestion truth:
                        json.WriteBoolean(truth.Id, good ? truth.Answer : !truth.Answer);
                        break;
                    case ShortAnswerQuestion text:
                        json.WriteString(text.Id, good ? text.Answers[0].Text : "je ne sais pas");
                        break;
                    case NumericalQuestion number:
                        json.WriteNumber(number.Id, good ? number.Answers[0].Value ?? 0 : -12345);
                        break;
                    case MatchingQuestion matching:
                        json.WriteStartObject(matching.Id);
                        var rights = matching.Pairs.Select(p => p.Right).ToList();
                        var lefts = matching.Pairs.Where(p => p.Left.Length > 0).ToList();
                        for (var p = 0; p < lefts.Count; p++)
                        {
                            json.WriteString(lefts[p].Left, good ? lefts[p].Right : rights[(p + 1) % rights.Count]);
                        }

                        json.WriteEndObject();
                        break;
                    case EssayQuestion essay:
                        json.WriteString(essay.Id, "J'accueille le groupe, je présente les sentiers et je distribue la carte.");
                        break;
                    default:
                        break;
                }
            }

            json.WriteEndObject();
        }

        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement.Clone();
    }

    /// <summary>How many answers a sheet holds (the graded unit of the grading figure).</summary>
    public static int Count(JsonElement sheet) => sheet.EnumerateObject().Count();
}
