using System.Collections.ObjectModel;

namespace Training.Sdk.Content;

/// <summary>
/// A text in several languages. Reading a language that is missing falls back to French, then
/// English, then any language present, so a content pack written only in French still shows
/// something in English.
/// </summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>French, the language the curriculum is first written in.</summary>
    public const string French = "fr";

    /// <summary>English, the first translation.</summary>
    public const string English = "en";

    private readonly ReadOnlyDictionary<string, string> _values;

    /// <summary>Creates a text from language codes (<c>fr</c>, <c>en</c>) to values.</summary>
    /// <param name="values">The values by language code; empty values are ignored.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                copy[language.ToLowerInvariant()] = value;
            }
        }

        _values = new ReadOnlyDictionary<string, string>(copy);
    }

    /// <summary>A text with no value in any language.</summary>
    public static LocalizedText Empty { get; } = new([]);

    /// <summary>The languages that have a value.</summary>
    public IEnumerable<string> Languages => _values.Keys;

    /// <summary>The values by language code.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>True when no language has a value.</summary>
    public bool IsEmpty => _values.Count == 0;

    /// <summary>Creates a text in French with an optional English variant.</summary>
    /// <param name="french">The French text.</param>
    /// <param name="english">The English text, if any.</param>
    /// <returns>The localized text.</returns>
    public static LocalizedText Of(string french, string? english = null)
    {
        var values = new List<KeyValuePair<string, string>> { new(French, french) };
        if (english is not null)
        {
            values.Add(new(English, english));
        }

        return new LocalizedText(values);
    }

    /// <summary>Tells whether the text has its own value in <paramref name="language"/>.</summary>
    /// <param name="language">A language code such as <c>fr</c> or <c>en</c>.</param>
    /// <returns>True when a value exists without falling back.</returns>
    public bool Has(string language) => _values.ContainsKey(language);

    /// <summary>Reads the text in a language, falling back to French, English, then any language.</summary>
    /// <param name="language">A language code such as <c>fr</c> or <c>en</c>.</param>
    /// <returns>The best available value, or an empty string when there is none.</returns>
    public string Get(string language)
    {
        if (_values.TryGetValue(language, out var value)
            || _values.TryGetValue(French, out value)
            || _values.TryGetValue(English, out value))
        {
            return value;
        }

        foreach (var any in _values.Values)
        {
            return any;
        }

        return string.Empty;
    }

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null
        && other._values.Count == _values.Count
        && _values.All(pair => other._values.TryGetValue(pair.Key, out var value) && value == pair.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (language, value) in _values)
        {
            hash ^= HashCode.Combine(language, value);
        }

        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => Get(French);
}
