namespace Training.Sdk.Questions;

/// <summary>
/// A single-choice question (GIFT <c>=</c> answer) or a multiple-choice question (only weighted
/// <c>~%n%</c> answers), graded as Moodle does.
/// </summary>
public sealed record ChoiceQuestion : Question
{
    /// <summary>True when several choices may be selected.</summary>
    public bool Multiple { get; init; }

    /// <summary>The choices, in authored order.</summary>
    public required IReadOnlyList<Choice> Choices { get; init; }

    /// <inheritdoc />
    public override string Type => Multiple ? QuestionTypeIds.MultipleChoice : QuestionTypeIds.SingleChoice;
}
