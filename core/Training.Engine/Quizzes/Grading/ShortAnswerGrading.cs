using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>Grades a short answer: the response is trimmed, then the first accepted answer that matches, in authored order, gives the grade.</summary>
internal static class ShortAnswerGrading
{
    public static QuestionGrade Grade(ShortAnswerQuestion question, string response)
    {
        var composed = TextNormalization.Compose(response).AsSpan().Trim();
        if (composed.IsEmpty)
        {
            return QuestionGrade.FromFraction(0);
        }

        var answers = question.Answers;
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (ShortAnswerMatcher.Matches(composed, TextNormalization.Compose(answer.Text), question.CaseSensitive))
            {
                return QuestionGrade.FromFraction(answer.Fraction, answer.Feedback);
            }
        }

        return QuestionGrade.FromFraction(0);
    }
}
