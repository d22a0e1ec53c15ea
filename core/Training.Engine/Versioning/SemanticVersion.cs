using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Semver;

namespace Training.Engine.Versioning;

/// <summary>
/// A SemVer 2.0 version such as <c>1.2.0</c> or <c>2.0.0-beta.1</c>, parsed strictly (three numbers,
/// no leading zeros, no <c>v</c> prefix). The engine uses this type so that only this folder depends
/// on the SemVer library.
/// </summary>
public sealed class SemanticVersion : IEquatable<SemanticVersion>, IComparable<SemanticVersion>
{
    // Longer inputs are not versions; the bound also keeps hostile manifests cheap to reject.
    private const int MaxLength = 256;

    private SemanticVersion(SemVersion value) => Value = value;

    /// <summary>The major number: a change here breaks compatibility.</summary>
    public BigInteger Major => Value.Major;

    /// <summary>The minor number: new features that stay compatible.</summary>
    public BigInteger Minor => Value.Minor;

    /// <summary>The patch number: compatible fixes.</summary>
    public BigInteger Patch => Value.Patch;

    /// <summary>True for a pre-release such as <c>2.0.0-beta.1</c>.</summary>
    public bool IsPrerelease => Value.IsPrerelease;

    internal SemVersion Value { get; }

    /// <summary>Compares two versions by SemVer sort order (precedence, then build metadata).</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) < 0;

    /// <summary>Compares two versions by SemVer sort order.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) > 0;

    /// <summary>Compares two versions by SemVer sort order.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) <= 0;

    /// <summary>Compares two versions by SemVer sort order.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(SemanticVersion? left, SemanticVersion? right) => Compare(left, right) >= 0;

    /// <summary>Tells whether two versions are identical, build metadata included.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SemanticVersion? left, SemanticVersion? right) => Equals(left, right);

    /// <summary>Tells whether two versions differ.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SemanticVersion? left, SemanticVersion? right) => !Equals(left, right);

    /// <summary>Parses a strict SemVer 2.0 version.</summary>
    /// <param name="text">The text, e.g. <c>1.2.0</c>.</param>
    /// <param name="version">The version, when the text is one.</param>
    /// <returns>True when <paramref name="text"/> is a valid version.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        if (text is null || text.Length > MaxLength
            || !SemVersion.TryParse(text, SemVersionStyles.Strict, out var parsed, MaxLength))
        {
            return false;
        }

        version = new SemanticVersion(parsed);
        return true;
    }

    /// <summary>Parses a strict SemVer 2.0 version.</summary>
    /// <param name="text">The text, e.g. <c>1.2.0</c>.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">The text is not a SemVer 2.0 version.</exception>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a SemVer 2.0 version such as 1.2.0.");

    /// <inheritdoc />
    public int CompareTo(SemanticVersion? other) => other is null ? 1 : SemVersion.CompareSortOrder(Value, other.Value);

    /// <inheritdoc />
    public bool Equals(SemanticVersion? other) => other is not null && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SemanticVersion);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Value.ToString();

    private static int Compare(SemanticVersion? left, SemanticVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
