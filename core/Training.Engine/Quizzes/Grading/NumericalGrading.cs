using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>
/// Grades a number: the first answer, in authored order, whose interval holds it gives the grade,
/// as Moodle's numerical question does. Like Moodle, each bound is widened by 1e-14 relative to the
/// larger of the value and the tolerance, so 0.1 + 0.2 still equals 0.3.
/// </summary>
internal static class NumericalGrading
{
    private const double Epsilon = 1e-14;

    public static QuestionGrade Grade(NumericalQuestion question, double response)
    {
        if (!double.IsFinite(response))
        {
            return QuestionGrade.FromFraction(0);
        }

        var answers = question.Answers;
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (Accepts(answer, response))
            {
                return QuestionGrade.FromFraction(answer.Fraction, answer.Feedback);
            }
        }

        return QuestionGrade.FromFraction(0);
    }

    public static bool Accepts(NumericalAnswer answer, double response)
    {
        if (answer.Value is not { } value)
        {
            return true;
        }

        var tolerance = Math.Abs(answer.Tolerance);
        var widened = tolerance + (Epsilon * Math.Max(Math.Max(tolerance, Math.Abs(value)), Epsilon));
        return response >= value - widened && response <= value + widened;
    }
}
