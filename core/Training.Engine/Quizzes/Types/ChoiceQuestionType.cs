using System.Text.Json;
using Training.Engine.Quizzes.Grading;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Types;

/// <summary>Single choice: the answer is the chosen choice's text.</summary>
internal sealed class SingleChoiceType : BuiltInQuestionType<ChoiceQuestion>
{
    public override string Id => QuestionTypeIds.SingleChoice;

    public override string AnswerFormat => "a string: the chosen choice's text";

    protected override object ReadAnswer(ChoiceQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.String)
        {
            throw WrongShape(answer);
        }

        var text = answer.GetString()!;
        return ChoiceTexts.Contains(question, text)
            ? text
            : throw new AnswerFormatException($"'{text}' is not one of the choices ({ChoiceTexts.List(question)}).");
    }

    protected override QuestionGrade Grade(ChoiceQuestion question, object answer) =>
        ChoiceGrading.GradeSingle(question, AnswerAs<string>(answer));

    protected override QuestionPresentation Present(ChoiceQuestion question, string language) =>
        Blank(AnswerHints.For(Id, language)) with { Options = ChoiceTexts.Texts(question) };
}

/// <summary>Multiple choice: the answer is the array of the selected choices' texts.</summary>
internal sealed class MultipleChoiceType : BuiltInQuestionType<ChoiceQuestion>
{
    public override string Id => QuestionTypeIds.MultipleChoice;

    public override string AnswerFormat => "an array of strings: the selected choices' texts";

    protected override object ReadAnswer(ChoiceQuestion question, JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Array)
        {
            throw WrongShape(answer);
        }

        var selected = new List<string>(answer.GetArrayLength());
        foreach (var item in answer.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new AnswerFormatException($"Expected {AnswerFormat}, but an item is a JSON {item.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var text = item.GetString()!;
            if (!ChoiceTexts.Contains(question, text))
            {
                throw new AnswerFormatException($"'{text}' is not one of the choices ({ChoiceTexts.List(question)}).");
            }

            if (!selected.Contains(text))
            {
                selected.Add(text);
            }
        }

        return selected;
    }

    protected override QuestionGrade Grade(ChoiceQuestion question, object answer) =>
        ChoiceGrading.GradeMultiple(question, AnswerAs<IReadOnlyList<string>>(answer));

    protected override QuestionPresentation Present(ChoiceQuestion question, string language) =>
        Blank(AnswerHints.For(Id, language)) with { Options = ChoiceTexts.Texts(question), MultipleSelection = true };
}

/// <summary>Helpers over a choice question's texts.</summary>
internal static class ChoiceTexts
{
    public static bool Contains(ChoiceQuestion question, string text)
    {
        foreach (var choice in question.Choices)
        {
            if (string.Equals(choice.Text, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static string[] Texts(ChoiceQuestion question) => [.. question.Choices.Select(choice => choice.Text)];

    public static string List(ChoiceQuestion question) => string.Join(", ", question.Choices.Select(choice => $"'{choice.Text}'"));
}
