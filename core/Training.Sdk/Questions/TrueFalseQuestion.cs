namespace Training.Sdk.Questions;

/// <summary>A true/false statement.</summary>
public sealed record TrueFalseQuestion : Question
{
    /// <summary>The correct answer.</summary>
    public required bool Answer { get; init; }

    /// <summary>The feedback shown for a wrong answer (GIFT's first <c>#</c>).</summary>
    public string? FeedbackWhenWrong { get; init; }

    /// <summary>The feedback shown for a right answer (GIFT's second <c>#</c>).</summary>
    public string? FeedbackWhenRight { get; init; }

    /// <inheritdoc />
    public override string Type => QuestionTypeIds.TrueFalse;
}
