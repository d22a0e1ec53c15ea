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

            search = start + 1;
        }

        value = string.Empty;
        next = text.Length;
        return false;
    }

    private static bool TryReadValue(string text, int start, out string value, out int next)
    {
        // First try with \] as an escaped bracket; like the regex's backtracking, fall back to
        // ending at the first ] when the escaped reading never closes.
        var builder = new System.Text.StringBuilder();
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == ']')
            {
                builder.Append(']');
                i++;
                continue;
            }

            if (c == ']')
            {
                if (builder.Length == 0)
                {
                    break;
                }

                value = builder.ToString();
                next = i + 1;
                return true;
            }

            if (char.IsControl(c))
            {
                break;
            }

            builder.Append(c);
        }

        var end = text.IndexOf(']', start);
        if (end > start && !text.AsSpan(start, end - start).ContainsAny(ControlCharacters))
        {
            value = text[start..end];
            next = end + 1;
            return true;
        }

        value = string.Empty;
        next = start;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> ControlCharacters =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 32).Select(i => (char)i).Append('\u007F').ToArray());
}
