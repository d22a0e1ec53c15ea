namespace Training.Sdk.Questions;

/// <summary>Free text; the grade stays pending until a coordinator gives one.</summary>
public sealed record EssayQuestion : Question
{
    /// <inheritdoc />
    public override string Type => QuestionTypeIds.Essay;
}
