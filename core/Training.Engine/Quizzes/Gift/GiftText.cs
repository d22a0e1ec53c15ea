using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads one piece of GIFT text (question text, answer, feedback): an optional <c>[format]</c>
/// prefix, then escapes resolved and the result trimmed, in Moodle's order.
/// </summary>
internal static class GiftText
{
    /// <summary>Parses a raw piece of text.</summary>
    /// <param name="raw">The raw text, escapes unresolved.</param>
    /// <param name="defaultFormat">The format when there is no known prefix.</param>
    /// <param name="format">The format found.</param>
    /// <returns>The text.</returns>
    public static string Parse(ReadOnlySpan<char> raw, TextFormat defaultFormat, out TextFormat format)
    {
        var text = GiftSyntax.Trim(raw);
        format = defaultFormat;
        if (text.Length > 0 && text[0] == '[')
        {
            var end = text.IndexOf(']');
            if (end > 0 && TryFormat(text[1..end], out var named))
            {
                format = named;
                text = text[(end + 1)..];
            }
        }

        return GiftSyntax.Unescape(GiftSyntax.Trim(text));
    }

    /// <summary>Parses a raw piece of text whose format is not needed.</summary>
    public static string Parse(ReadOnlySpan<char> raw) => Parse(raw, TextFormat.Moodle, out _);

    /// <summary>Parses optional feedback: empty feedback is <see langword="null"/>.</summary>
    public static string? ParseOptional(ReadOnlySpan<char> raw)
    {
        var text = Parse(raw);
        return text.Length == 0 ? null : text;
    }

    private static bool TryFormat(ReadOnlySpan<char> name, out TextFormat format)
    {
        // Moodle only knows these four names, in lowercase; anything else stays part of the text.
        switch (name)
        {
            case "moodle":
                format = TextFormat.Moodle;
                return true;
            case "html":
                format = TextFormat.Html;
                return true;
            case "plain":
                format = TextFormat.Plain;
                return true;
            case "markdown":
                format = TextFormat.Markdown;
                return true;
            default:
                format = TextFormat.Moodle;
                return false;
        }
    }
}
