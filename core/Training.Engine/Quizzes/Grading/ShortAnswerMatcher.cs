namespace Training.Engine.Quizzes.Grading;

/// <summary>
/// Compares a response with an accepted answer as Moodle's short-answer question does: the whole
/// response must match, <c>*</c> (or a run of them) matches any text, <c>\*</c> is a literal star,
/// and case is ignored unless asked for (Unicode simple case mapping). Accents are compared
/// exactly. Both sides must already be in Unicode normalization form C.
/// </summary>
internal static class ShortAnswerMatcher
{
    /// <summary>Tells whether <paramref name="response"/> matches <paramref name="pattern"/>.</summary>
    public static bool Matches(ReadOnlySpan<char> response, ReadOnlySpan<char> pattern, bool caseSensitive)
    {
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (pattern.IndexOf('\\') >= 0)
        {
            return MatchesEscaped(response, pattern, comparison);
        }

        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return response.Equals(pattern, comparison);
        }

        var prefix = pattern[..star];
        if (!response.StartsWith(prefix, comparison))
        {
            return false;
        }

        var rest = response[prefix.Length..];
        var tail = pattern[(star + 1)..];
        var lastStar = tail.LastIndexOf('*');
        var suffix = lastStar < 0 ? tail : tail[(lastStar + 1)..];
        if (rest.Length < suffix.Length || !rest.EndsWith(suffix, comparison))
        {
            return false;
        }

        rest = rest[..^suffix.Length];
        var middle = lastStar < 0 ? ReadOnlySpan<char>.Empty : tail[..lastStar];
        while (!middle.IsEmpty)
        {
            var next = middle.IndexOf('*');
            var piece = next < 0 ? middle : middle[..next];
            middle = next < 0 ? ReadOnlySpan<char>.Empty : middle[(next + 1)..];
            if (piece.IsEmpty)
            {
                continue;
            }

            // Taking the leftmost occurrence of each piece is optimal for '*' wildcards.
            var found = rest.IndexOf(piece, comparison);
            if (found < 0)
            {
                return false;
            }

            rest = rest[(found + piece.Length)..];
        }

        return true;
    }

    private static bool MatchesEscaped(ReadOnlySpan<char> response, ReadOnlySpan<char> pattern, StringComparison comparison)
    {
        // Rare: the pattern holds "\*". Split it into literal pieces, then match as above.
        var pieces = new List<string> { string.Empty };
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                builder.Append('*');
                i++;
            }
            else if (c == '*')
            {
                pieces[^1] = builder.ToString();
                builder.Clear();
                pieces.Add(string.Empty);
            }
            else
            {
                builder.Append(c);
            }
        }

        pieces[^1] = builder.ToString();
        if (pieces.Count == 1)
        {
            return response.Equals(pieces[0], comparison);
        }

        var rest = response;
        if (!rest.StartsWith(pieces[0], comparison))
        {
            return false;
        }

        rest = rest[pieces[0].Length..];
        var suffix = pieces[^1];
        if (rest.Length < suffix.Length || !rest.EndsWith(suffix, comparison))
        {
            return false;
        }

        rest = rest[..^suffix.Length];
        for (var i = 1; i < pieces.Count - 1; i++)
        {
            if (pieces[i].Length == 0)
            {
                continue;
            }

            var found = rest.IndexOf(pieces[i], comparison);
            if (found < 0)
            {
                return false;
            }

            rest = rest[(found + pieces[i].Length)..];
        }

        return true;
    }
}
