namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Escape-aware searching, trimming and unescaping of raw GIFT text. A character is escaped when
/// an odd run of backslashes precedes it, which is exactly how Moodle's placeholder substitution
/// (<c>\\</c> first, then <c>\:</c> <c>\#</c> ...) reads it.
/// </summary>
internal static class GiftSyntax
{
    /// <summary>The blank Moodle inserts where a missing-word answer block was.</summary>
    public const string MissingWordBlank = "_____";

    /// <summary>True for the characters PHP's <c>trim</c> removes, which Moodle applies everywhere.</summary>
    public static bool IsTrimmable(char c) => c is ' ' or '\t' or '\n' or '\r' or '\0' or '\v';

    /// <summary>Tells whether the character at <paramref name="index"/> is preceded by an odd run of backslashes.</summary>
    public static bool IsEscaped(ReadOnlySpan<char> text, int index)
    {
        var count = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return (count & 1) == 1;
    }

    /// <summary>The index of the first unescaped <paramref name="c"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOfUnescaped(ReadOnlySpan<char> text, char c, int start = 0)
    {
        var from = start;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(c);
            if (found < 0)
            {
                return -1;
            }

            var index = from + found;
            if (!IsEscaped(text, index))
            {
                return index;
            }

            from = index + 1;
        }

        return -1;
    }

    /// <summary>The index of the first unescaped <paramref name="sequence"/> (its first character unescaped) at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOfUnescaped(ReadOnlySpan<char> text, ReadOnlySpan<char> sequence, int start = 0)
    {
        var from = start;
        while (from < text.Length)
        {
            var found = text[from..].IndexOf(sequence);
            if (found < 0)
            {
                return -1;
            }

            var index = from + found;
            if (!IsEscaped(text, index))
            {
                return index;
            }

            from = index + 1;
        }

        return -1;
    }

    /// <summary>The index of the last unescaped <paramref name="sequence"/>, or -1.</summary>
    public static int LastIndexOfUnescaped(ReadOnlySpan<char> text, ReadOnlySpan<char> sequence)
    {
        var end = text.Length;
        while (end > 0)
        {
            var index = text[..end].LastIndexOf(sequence);
            if (index < 0)
            {
                return -1;
            }

            if (!IsEscaped(text, index))
            {
                return index;
            }

            end = index + sequence.Length - 1;
        }

        return -1;
    }

    /// <summary>Trims as PHP's <c>trim</c> does (not non-breaking spaces, which French typography needs).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, out int leading)
    {
        var start = 0;
        while (start < text.Length && IsTrimmable(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsTrimmable(text[end - 1]))
        {
            end--;
        }

        leading = start;
        return text[start..end];
    }

    /// <summary>Trims as PHP's <c>trim</c> does.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => Trim(text, out _);

    /// <summary>Resolves <c>\\ \: \# \= \{ \} \~</c> and <c>\n</c>; any other backslash stays as written.</summary>
    public static string Unescape(ReadOnlySpan<char> raw)
    {
        if (raw.IndexOf('\\') < 0)
        {
            return raw.ToString();
        }

        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && TryResolve(raw[i + 1], out var resolved))
            {
                buffer[length++] = resolved;
                i++;
            }
            else
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Unescapes and records, for each character of the result, its index in <paramref name="raw"/>.</summary>
    public static string Unescape(ReadOnlySpan<char> raw, out int[] sourceIndex)
    {
        var buffer = new char[raw.Length];
        sourceIndex = new int[raw.Length + 1];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            sourceIndex[length] = i;
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && TryResolve(raw[i + 1], out var resolved))
            {
                buffer[length++] = resolved;
                i++;
            }
            else
            {
                buffer[length++] = c;
            }
        }

        sourceIndex[length] = raw.Length;
        Array.Resize(ref sourceIndex, length + 1);
        return new string(buffer, 0, length);
    }

    private static bool TryResolve(char next, out char resolved)
    {
        switch (next)
        {
            case '\\' or ':' or '#' or '=' or '{' or '}' or '~':
                resolved = next;
                return true;
            case 'n':
                resolved = '\n';
                return true;
            default:
                resolved = '\0';
                return false;
        }
    }
}
