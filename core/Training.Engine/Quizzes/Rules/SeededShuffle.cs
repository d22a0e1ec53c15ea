namespace Training.Engine.Quizzes.Rules;

/// <summary>
/// Deterministic shuffles from an integer seed: the same seed gives the same order on every
/// machine and every .NET version. System.Random is not used because its sequence for a given
/// seed is an implementation detail that .NET has changed before; SplitMix64 (a published,
/// 64-bit generator) with Fisher–Yates and rejection sampling is fixed by this code alone.
/// </summary>
public static class SeededShuffle
{
    /// <summary>A permutation of 0..count-1.</summary>
    /// <param name="count">How many items.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The shuffled indexes.</returns>
    public static int[] Permutation(int count, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var state = unchecked((ulong)seed);
        for (var i = count - 1; i > 0; i--)
        {
            var j = (int)NextBelow(ref state, (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>The items in the order of <see cref="Permutation"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>A new shuffled list.</returns>
    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> items, long seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        var order = Permutation(items.Count, seed);
        var result = new T[items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = items[order[i]];
        }

        return result;
    }

    /// <summary>Derives a seed for one part (a question's choices) from the quiz seed and a stable key, with FNV-1a (string.GetHashCode is randomized per process).</summary>
    /// <param name="seed">The quiz seed.</param>
    /// <param name="key">The part's key, e.g. the question id.</param>
    /// <returns>The derived seed.</returns>
    public static long Derive(long seed, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var state = unchecked((ulong)seed) ^ hash;
        return unchecked((long)Next(ref state));
    }

    internal static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong NextBelow(ref ulong state, ulong bound)
    {
        // Rejection sampling removes the modulo bias.
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = Next(ref state);
        }
        while (value >= limit);

        return value % bound;
    }
}
