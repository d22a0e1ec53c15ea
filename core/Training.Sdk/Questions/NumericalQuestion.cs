namespace Training.Sdk.Questions;

/// <summary>A numerical question; the first accepted answer that matches, in authored order, grades it.</summary>
public sealed record NumericalQuestion : Question
{
    /// <summary>The accepted answers.</summary>
    public required IReadOnlyList<NumericalAnswer> Answers { get; init; }

    /// <inheritdoc />
    public override string Type => QuestionTypeIds.Numerical;
}
