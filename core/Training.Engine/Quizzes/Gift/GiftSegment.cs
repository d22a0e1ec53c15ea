namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// A piece of an answer block between two unescaped markers (<c>=</c>, <c>~</c>).
/// <see cref="Marker"/> is <c>'\0'</c> for the text before the first marker.
/// </summary>
internal readonly record struct GiftSegment(char Marker, int Start, int End)
{
    /// <summary>Splits a block at each unescaped <paramref name="first"/> or <paramref name="second"/>.</summary>
    public static List<GiftSegment> Split(ReadOnlySpan<char> block, char first, char second)
    {
        var segments = new List<GiftSegment>();
        var marker = '\0';
        var start = 0;
        var from = 0;
        while (from < block.Length)
        {
            var found = block[from..].IndexOfAny(first, second);
            if (found < 0)
            {
                break;
            }

            var index = from + found;
            if (!GiftSyntax.IsEscaped(block, index))
            {
                segments.Add(new GiftSegment(marker, start, index));
                marker = block[index];
                start = index + 1;
            }

            from = index + 1;
        }

        segments.Add(new GiftSegment(marker, start, block.Length));
        return segments;
    }
}
