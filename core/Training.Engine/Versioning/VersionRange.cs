using System.Diagnostics.CodeAnalysis;
using Semver;

namespace Training.Engine.Versioning;

/// <summary>
/// An npm-style version range such as <c>^1.0</c>, <c>~1.2</c>, <c>&gt;=1.0.0 &lt;2.0.0</c>, <c>1.x</c>
/// or <c>*</c>. Pre-releases match only when the range names a pre-release of the same
/// major.minor.patch, as npm does.
/// </summary>
public sealed class VersionRange
{
    private const int MaxLength = 256;

    private readonly SemVersionRange _range;

    private VersionRange(string text, SemVersionRange range)
    {
        Text = text;
        _range = range;
    }

    /// <summary>The range that admits every release version (<c>*</c>).</summary>
    public static VersionRange Any { get; } = new("*", SemVersionRange.AllRelease);

    /// <summary>The range as written by the author.</summary>
    public string Text { get; }

    /// <summary>
    /// Parses an npm-style range. Unlike npm, blank text is rejected: a manifest that means "any
    /// version" says <c>*</c>.
    /// </summary>
    /// <param name="text">The text, e.g. <c>^1.0</c>.</param>
    /// <param name="range">The range, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a valid range.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out VersionRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength
            || !SemVersionRange.TryParseNpm(text, out var parsed, MaxLength))
        {
            return false;
        }

        range = new VersionRange(text.Trim(), parsed);
        return true;
    }

    /// <summary>Parses an npm-style range.</summary>
    /// <param name="text">The text, e.g. <c>^1.0</c>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not an npm-style range.</exception>
    public static VersionRange Parse(string text) =>
        TryParse(text, out var range) ? range : throw new FormatException($"'{text}' is not an npm-style version range such as ^1.0.");

    /// <summary>Tells whether a version is in the range.</summary>
    /// <param name="version">The version.</param>
    /// <returns>True when the range admits <paramref name="version"/>.</returns>
    public bool Contains(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return _range.Contains(version.Value);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
