using System.Text;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>Grades choice questions as Moodle does.</summary>
internal static class ChoiceGrading
{
    /// <summary>Single choice: the chosen choice's fraction (a negative one gives 0).</summary>
    public static QuestionGrade GradeSingle(ChoiceQuestion question, string chosen)
    {
        var choices = question.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Text, chosen, StringComparison.Ordinal))
            {
                return QuestionGrade.FromFraction(choices[i].Fraction, choices[i].Feedback);
            }
        }

        return QuestionGrade.FromFraction(0);
    }

    /// <summary>Multiple choice: the sum of the selected choices' fractions, clamped to [0, 1]; each selected choice's feedback.</summary>
    public static QuestionGrade GradeMultiple(ChoiceQuestion question, IReadOnlyList<string> selected)
    {
        var choices = question.Choices;
        var total = 0.0;
        StringBuilder? feedback = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (!Contains(selected, choice.Text))
            {
                continue;
            }

            total += choice.Fraction;
            if (choice.Feedback is { } text)
            {
                feedback = feedback is null ? new StringBuilder(text) : feedback.Append('\n').Append(text);
            }
        }

        return QuestionGrade.FromFraction(total, feedback?.ToString());
    }

    private static bool Contains(IReadOnlyList<string> selected, string text)
    {
        for (var i = 0; i < selected.Count; i++)
        {
            if (string.Equals(selected[i], text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
