using Training.Sdk.Questions;

namespace Samples.Ordering;

/// <summary>Items to put in order; <see cref="Items"/> holds them in the right order.</summary>
public sealed record OrderingQuestion : Question
{
    /// <summary>The items, in the correct order.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <inheritdoc />
    public override string Type => OrderingQuestionType.TypeId;
}
