namespace Training.Engine.Manifests;

/// <summary>Finds the known name closest to a misspelled one, for "Did you mean ...?" hints.</summary>
internal static class NameSuggester
{
    // Names longer than this are not misspellings of a short field name; skipping them keeps
    // the quadratic distance cheap on hostile input.
    private const int MaxComparedLength = 64;

    /// <summary>The closest candidate, or null when none is close enough to be a plausible typo.</summary>
    public static string? Suggest(string input, IEnumerable<string> candidates)
    {
        if (input.Length == 0 || input.Length > MaxComparedLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance && distance <= Tolerance(candidate))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal string alignment distance (Damerau-Levenshtein where a transposition counts as one
    /// edit, so <c>titel</c> is one edit from <c>title</c>).
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // One edit for short names, up to three for long ones: "fr" vs "en" must not match.
    private static int Tolerance(string candidate) => Math.Clamp(candidate.Length / 3, 1, 3);
}
