using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>Grades matching: the share of real pairs (not distractors) matched right.</summary>
internal static class MatchingGrading
{
    public static QuestionGrade Grade(MatchingQuestion question, IReadOnlyDictionary<string, string> answer)
    {
        var pairs = question.Pairs;
        var real = 0;
        var right = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair.Left.Length == 0)
            {
                continue;
            }

            real++;
            if (answer.TryGetValue(pair.Left, out var chosen) && string.Equals(chosen, pair.Right, StringComparison.Ordinal))
            {
                right++;
            }
        }

        return QuestionGrade.FromFraction(real == 0 ? 0 : (double)right / real);
    }
}
