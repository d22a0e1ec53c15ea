namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads <c>[id:...]</c> and <c>[tag:...]</c> from a question's comment lines as Moodle does:
/// the first id wins, every tag counts, <c>\]</c> escapes a bracket, and a value may not
/// contain a control character (so it cannot run over two lines).
/// </summary>
internal static class GiftMetadata
{
    /// <summary>Extracts the id (empty when none) and the tags.</summary>
    public static (string Id, List<string> Tags) Extract(string comments)
    {
        var tags = new List<string>();
        if (comments.Length == 0)
        {
            return (string.Empty, tags);
        }

        var id = string.Empty;
        var from = 0;
        while (TryFind(comments, "[id:", from, out var value, out var next))
        {
            id = value.Trim();
            if (id.Length > 0 || next <= from)
            {
                break;
            }

            from = next;
        }

        from = 0;
        while (TryFind(comments, "[tag:", from, out var value, out var next))
        {
            var tag = value.Trim();
            if (tag.Length > 0)
            {
                tags.Add(tag);
            }

            from = next;
        }

        return (id, tags);
    }

    /// <summary>True when a comment mentions an id or a tag at all.</summary>
    public static bool MentionsMetadata(string comments) =>
        comments.Contains("[id:", StringComparison.Ordinal) || comments.Contains("[tag:", StringComparison.Ordinal);

    private static bool TryFind(string text, string opener, int from, out string value, out int next)
    {
        var search = from;
        while (search < text.Length)
        {
            var start = text.IndexOf(opener, search, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var contentStart = start + opener.Length;
            if (TryReadValue(text, contentStart, out value, out next))
            {
                return true;
            }

            // On failure, next is where no later opener on this line can succeed before.
            search = Math.Max(start + 1, next);
        }

        value = string.Empty;
        next = text.Length;
        return false;
    }

    private static bool TryReadValue(string text, int start, out string value, out int next)
    {
        // Like Moodle's lazy pattern: the value ends at the first unescaped ']'. When none comes
        // before a control character, the regex backtracks to the last '\]' and ends there.
        var lastEscaped = -1;
        var stop = text.Length;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == ']')
            {
                lastEscaped = i + 1;
                i++;
                continue;
            }

            if (c == ']')
            {
                return Found(text, start, i, out value, out next);
            }

            if (char.IsControl(c))
            {
                stop = i;
                break;
            }
        }

        if (lastEscaped > start)
        {
            return Found(text, start, lastEscaped, out value, out next);
        }

        value = string.Empty;
        next = stop;
        return false;
    }

    private static bool Found(string text, int start, int end, out string value, out int next)
    {
        next = end + 1;
        value = text[start..end].Replace("\\]", "]", StringComparison.Ordinal);
        return end > start;
    }
}
