namespace Training.Sdk.Questions;

/// <summary>Items to match with answers; each correct pair earns an equal share of the points.</summary>
public sealed record MatchingQuestion : Question
{
    /// <summary>The pairs, in authored order.</summary>
    public required IReadOnlyList<MatchPair> Pairs { get; init; }

    /// <inheritdoc />
    public override string Type => QuestionTypeIds.Matching;
}
