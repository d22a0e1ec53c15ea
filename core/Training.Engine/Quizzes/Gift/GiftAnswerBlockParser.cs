using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Infers a built-in type from an answer block (general feedback already removed) in Moodle's
/// order: empty is essay, <c>#</c> first is numerical, any <c>~</c> is choice, <c>=</c> with
/// <c>-&gt;</c> is matching, T/TRUE/F/FALSE is true/false, anything else is short answer.
/// </summary>
internal static class GiftAnswerBlockParser
{
    /// <summary>Parses a trimmed answer block; returns <see langword="null"/> after reporting errors.</summary>
    public static Question? Parse(GiftHeader header, ReadOnlySpan<char> block, int origin, IGiftReporter reporter)
    {
        if (block.IsEmpty)
        {
            return new EssayQuestion
            {
                Id = header.Id,
                Title = header.Title,
                Text = header.Text,
                Format = header.Format,
                GeneralFeedback = header.GeneralFeedback,
                Tags = header.Tags,
                Category = header.Category,
            };
        }

        if (block[0] == '#')
        {
            return NumericalBlockParser.Parse(header, block, origin, reporter);
        }

        if (GiftSyntax.IndexOfUnescaped(block, '~') >= 0)
        {
            return ChoiceBlockParser.Parse(header, block, origin, reporter);
        }

        if (GiftSyntax.IndexOfUnescaped(block, '=') >= 0 && block.IndexOf("->") >= 0)
        {
            return MatchingBlockParser.Parse(header, block, origin, reporter);
        }

        if (TrueFalseBlockParser.IsTrueFalse(block))
        {
            return TrueFalseBlockParser.Parse(header, block);
        }

        return ShortAnswerBlockParser.Parse(header, block, origin, reporter);
    }

    /// <summary>Builds a description question (no answer block).</summary>
    public static DescriptionQuestion Description(GiftHeader header) => new()
    {
        Id = header.Id,
        Title = header.Title,
        Text = header.Text,
        Format = header.Format,
        GeneralFeedback = header.GeneralFeedback,
        Tags = header.Tags,
        Category = header.Category,
    };
}
