namespace Training.Sdk.Questions;

/// <summary>The outcome of grading one answer.</summary>
public enum GradeOutcome
{
    /// <summary>Full credit.</summary>
    Correct,

    /// <summary>Some credit, not all.</summary>
    Partial,

    /// <summary>No credit (including an unanswered question).</summary>
    Incorrect,

    /// <summary>Waiting for a coordinator (essays).</summary>
    Pending,
}
