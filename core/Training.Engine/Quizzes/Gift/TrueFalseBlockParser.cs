using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads <c>{TRUE#shown when wrong#shown when right}</c>. The first feedback is for a wrong
/// answer and the second for a right one, whichever the right answer is, as in Moodle.
/// </summary>
internal static class TrueFalseBlockParser
{
    /// <summary>True when the block (before any <c>#</c>) is T, TRUE, F or FALSE, in capitals as Moodle requires.</summary>
    public static bool IsTrueFalse(ReadOnlySpan<char> block)
    {
        var hash = GiftSyntax.IndexOfUnescaped(block, '#');
        var value = GiftSyntax.Trim(hash > 0 ? block[..hash] : block);
        return value is "T" or "TRUE" or "F" or "FALSE";
    }

    public static TrueFalseQuestion Parse(GiftHeader header, ReadOnlySpan<char> block)
    {
        var first = GiftSyntax.IndexOfUnescaped(block, '#');
        var value = GiftSyntax.Trim(first < 0 ? block : block[..first]);
        string? wrong = null;
        string? right = null;
        if (first >= 0)
        {
            var rest = block[(first + 1)..];
            var second = GiftSyntax.IndexOfUnescaped(rest, '#');
            wrong = GiftText.ParseOptional(second < 0 ? rest : rest[..second]);
            right = second < 0 ? null : GiftText.ParseOptional(rest[(second + 1)..]);
        }

        return new TrueFalseQuestion
        {
            Id = header.Id,
            Title = header.Title,
            Text = header.Text,
            Format = header.Format,
            GeneralFeedback = header.GeneralFeedback,
            Tags = header.Tags,
            Category = header.Category,
            Answer = value is "T" or "TRUE",
            FeedbackWhenWrong = wrong,
            FeedbackWhenRight = right,
        };
    }
}
