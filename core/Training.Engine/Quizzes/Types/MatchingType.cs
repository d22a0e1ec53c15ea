using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Matching: the answer is a JSON object from each left-hand item to the chosen match.</summary>
internal sealed class MatchingType : BuiltInQuestionType<MatchingQuestion>
{
    public override string Id => QuestionTypeIds.Matching;

    public override string AnswerFormat => "an object from each item to its chosen match: { \"item\": \"match\" }";

    protected override object ReadAnswer(MatchingQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object)
        {
            throw WrongShape(answer);
        }

        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in answer.EnumerateObject())
        {
            if (!question.Pairs.Any(pair => pair.Left.Length > 0 && pair.Left == property.Name))
            {
                throw new AnswerFormatException($"'{property.Name}' is not an item of this question (items: {string.Join(", ", Prompts(question).Select(p => $"'{p}'"))}).");
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new AnswerFormatException($"The match of '{property.Name}' must be a string, got a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var match = property.Value.GetString()!;
            if (!question.Pairs.Any(pair => pair.Right == match))
            {
                throw new AnswerFormatException($"'{match}' is not one of the matches offered for '{property.Name}'.");
            }

            chosen[property.Name] = match;
        }

        return chosen;
    }

    protected override QuestionGrade Grade(MatchingQuestion question, object answer) =>
        MatchingGrading.Grade(question, AnswerAs<IReadOnlyDictionary<string, string>>(answer));

    protected override QuestionPresentation Present(MatchingQuestion question, string language)
    {
        // Sorted and de-duplicated, so the order of the options says nothing about the pairs.
        var options = question.Pairs.Select(pair => pair.Right).Distinct(StringComparer.Ordinal).ToList();
        options.Sort(StringComparer.Ordinal);
        return Blank(AnswerHints.For(Id, language)) with { Prompts = Prompts(question), Options = options };
    }

    private static string[] Prompts(MatchingQuestion question) =>
        [.. question.Pairs.Where(pair => pair.Left.Length > 0).Select(pair => pair.Left)];
}
