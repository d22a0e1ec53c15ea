using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Grading;

/// <summary>The values of <see cref="QuestionGradeResult.Result"/>.</summary>
public static class GradeResults
{
    /// <summary>Full credit.</summary>
    public const string Correct = "correct";

    /// <summary>Some credit.</summary>
    public const string Partial = "partial";

    /// <summary>No credit, or no answer.</summary>
    public const string Incorrect = "incorrect";

    /// <summary>Waiting for a coordinator.</summary>
    public const string Pending = "pending";

    /// <summary>The result value of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Its JSON value.</returns>
    public static string Of(GradeOutcome outcome) => outcome switch
    {
        GradeOutcome.Correct => Correct,
        GradeOutcome.Partial => Partial,
        GradeOutcome.Pending => Pending,
        _ => Incorrect,
    };
}
