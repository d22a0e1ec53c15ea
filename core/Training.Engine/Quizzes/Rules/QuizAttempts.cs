using Training.Sdk.Content;

namespace Training.Engine.Quizzes.Rules;

/// <summary>Rules over a trainee's attempts at a quiz.</summary>
public static class QuizAttempts
{
    /// <summary>The quiz grade from the attempts' grades, in the order they were made.</summary>
    /// <param name="method">The grading method.</param>
    /// <param name="attemptGrades">Each attempt's grade (fractions or percents, as long as all use the same scale).</param>
    /// <returns>The grade, or <see langword="null"/> when there is no attempt.</returns>
    public static double? Grade(GradingMethod method, IReadOnlyList<double> attemptGrades)
    {
        ArgumentNullException.ThrowIfNull(attemptGrades);
        if (attemptGrades.Count == 0)
        {
            return null;
        }

        switch (method)
        {
            case GradingMethod.First:
                return attemptGrades[0];
            case GradingMethod.Last:
                return attemptGrades[^1];
            case GradingMethod.Average:
                var sum = 0.0;
                foreach (var grade in attemptGrades)
                {
                    sum += grade;
                }

                return sum / attemptGrades.Count;
            default:
                var best = double.NegativeInfinity;
                foreach (var grade in attemptGrades)
                {
                    best = Math.Max(best, grade);
                }

                return best;
        }
    }

    /// <summary>How many attempts are left.</summary>
    /// <param name="allowed">The attempts allowed; 0 means unlimited.</param>
    /// <param name="used">The attempts made.</param>
    /// <returns>The attempts left (never negative), or <see langword="null"/> when unlimited.</returns>
    public static int? AttemptsLeft(int allowed, int used)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(allowed);
        ArgumentOutOfRangeException.ThrowIfNegative(used);
        return allowed == 0 ? null : Math.Max(0, allowed - used);
    }

    /// <summary>Whether another attempt may start.</summary>
    /// <param name="allowed">The attempts allowed; 0 means unlimited.</param>
    /// <param name="used">The attempts made.</param>
    /// <returns>True when another attempt is allowed.</returns>
    public static bool CanAttempt(int allowed, int used) => AttemptsLeft(allowed, used) is null or > 0;
}
