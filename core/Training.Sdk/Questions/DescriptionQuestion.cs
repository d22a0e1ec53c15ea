namespace Training.Sdk.Questions;

/// <summary>Text shown between questions; it takes no answer and is worth no points.</summary>
public sealed record DescriptionQuestion : Question
{
    /// <inheritdoc />
    public override string Type => QuestionTypeIds.Description;
}
