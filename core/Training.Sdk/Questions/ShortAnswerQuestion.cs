namespace Training.Sdk.Questions;

/// <summary>A typed answer compared with accepted answers, trimmed and case-insensitive by default.</summary>
public sealed record ShortAnswerQuestion : Question
{
    /// <summary>The accepted answers with their fractions and feedback.</summary>
    public required IReadOnlyList<Choice> Answers { get; init; }

    /// <summary>Whether the comparison is case-sensitive.</summary>
    public bool CaseSensitive { get; init; }

    /// <inheritdoc />
    public override string Type => QuestionTypeIds.ShortAnswer;
}
