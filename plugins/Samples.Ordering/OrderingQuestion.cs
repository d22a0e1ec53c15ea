using Training.Sdk.Questions;

namespace Samples.Ordering;

/// <summary>Items to put in order; <see cref="Items"/> holds them in the right order.</summary>
public sealed record OrderingQuestion : Question
{
    /// <summary>The items, in the correct order.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>
    /// The language of the question's file (<c>fr</c> or <c>en</c>, from <see cref="QuestionDraft.Language"/>):
    /// the grade's feedback is written in it, so it reads like the question it follows.
    /// </summary>
    public string Language { get; init; } = "fr";

    /// <inheritdoc />
    public override string Type => OrderingQuestionType.TypeId;
}
