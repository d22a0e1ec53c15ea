namespace Training.Sdk.Questions;

/// <summary>The grade of one answer: a fraction of the question's points, an outcome and feedback.</summary>
public readonly record struct QuestionGrade
{
    /// <summary>Creates a grade; the fraction is clamped to [0, 1].</summary>
    /// <param name="fraction">The fraction of the points earned.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="feedback">Feedback for the trainee, if any.</param>
    public QuestionGrade(double fraction, GradeOutcome outcome, string? feedback = null)
    {
        Fraction = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        Outcome = outcome;
        Feedback = feedback;
    }

    /// <summary>The fraction of the question's points earned, in [0, 1].</summary>
    public double Fraction { get; }

    /// <summary>Whether the answer is correct, partly correct, incorrect or pending.</summary>
    public GradeOutcome Outcome { get; }

    /// <summary>The feedback for this answer, if any.</summary>
    public string? Feedback { get; }

    /// <summary>A grade whose outcome follows from the fraction: 1 is correct, 0 incorrect, between is partial.</summary>
    /// <param name="fraction">The fraction of the points earned; clamped to [0, 1].</param>
    /// <param name="feedback">Feedback for the trainee, if any.</param>
    /// <returns>The grade.</returns>
    public static QuestionGrade FromFraction(double fraction, string? feedback = null)
    {
        var clamped = double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
        var outcome = clamped >= 1 - 1e-9 ? GradeOutcome.Correct
            : clamped <= 1e-9 ? GradeOutcome.Incorrect
            : GradeOutcome.Partial;
        return new QuestionGrade(clamped, outcome, feedback);
    }

    /// <summary>A grade waiting for a coordinator.</summary>
    /// <param name="feedback">Feedback for the trainee, if any.</param>
    /// <returns>The pending grade.</returns>
    public static QuestionGrade Pending(string? feedback = null) => new(0, GradeOutcome.Pending, feedback);
}
