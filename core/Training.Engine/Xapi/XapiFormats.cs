using System.Globalization;
using System.Text.RegularExpressions;

namespace Training.Engine.Xapi;

/// <summary>The string formats xAPI 1.0.3 requires: IRIs, mailto IRIs, UUIDs, ISO 8601 timestamps and durations, RFC 5646 language tags.</summary>
internal static partial class XapiFormats
{
    // RFC 5646 irregular grandfathered tags, which the general syntax does not cover.
    private static readonly HashSet<string> s_irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    };

    /// <summary>An absolute IRI: a scheme (RFC 3987), a colon, and no whitespace.</summary>
    public static bool IsIri(string value) => IriPattern().IsMatch(value);

    public static bool IsMbox(string value) => MboxPattern().IsMatch(value);

    public static bool IsUuid(string value) => UuidPattern().IsMatch(value);

    public static bool IsSha1Hex(string value) => Sha1Pattern().IsMatch(value);

    public static bool IsMediaType(string value) => MediaTypePattern().IsMatch(value);

    public static bool IsVersion(string value) => VersionPattern().IsMatch(value);

    public static bool IsDuration(string value)
    {
        var match = DurationPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        // "P" alone or a "T" with nothing after it carry no component.
        return value != "P" && !value.EndsWith('T');
    }

    public static bool IsTimestamp(string value)
    {
        var match = TimestampPattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        // RFC 3339 forbids the "unknown local offset" -00:00 (and its ISO 8601 short forms).
        var offset = match.Groups["offset"].Value;
        if (offset.StartsWith('-') && offset.Trim('-', ':', '0').Length == 0)
        {
            return false;
        }

        var date = match.Groups["date"].Value;
        var time = match.Groups["time"].Value;
        return DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && TimeSpan.TryParseExact(time.Length == 5 ? time + ":00" : time[..8], @"hh\:mm\:ss", CultureInfo.InvariantCulture, out _);
    }

    /// <summary>Whether <paramref name="tag"/> is a well-formed RFC 5646 language tag.</summary>
    public static bool IsLanguageTag(string tag)
    {
        if (s_irregular.Contains(tag))
        {
            return true;
        }

        var match = LanguageTagPattern().Match(tag);
        if (!match.Success)
        {
            return false;
        }

        // Well-formedness also forbids repeating a variant or an extension singleton.
        var variants = match.Groups["variants"].Value.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (variants.Length != variants.Distinct(StringComparer.OrdinalIgnoreCase).Count())
        {
            return false;
        }

        var singletons = match.Groups["extensions"].Value.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(s => s.Length == 1).ToList();
        return singletons.Count == singletons.Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IriPattern();

    [GeneratedRegex(@"^mailto:[^@\s:/]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MboxPattern();

    [GeneratedRegex(@"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^[0-9A-Fa-f]{40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha1Pattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$&^_.+\-]+/[A-Za-z0-9!#$&^_.+\-]+(\s*;\s*[^;\s]+=[^;]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypePattern();

    [GeneratedRegex(@"^1\.0(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^P(?:[0-9]+(?:[.,][0-9]+)?W|(?:[0-9]+(?:[.,][0-9]+)?Y)?(?:[0-9]+(?:[.,][0-9]+)?M)?(?:[0-9]+(?:[.,][0-9]+)?D)?(?:T(?:[0-9]+(?:[.,][0-9]+)?H)?(?:[0-9]+(?:[.,][0-9]+)?M)?(?:[0-9]+(?:[.,][0-9]+)?S)?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?<time>[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)(?<offset>Z|[+\-][0-9]{2}(?::?[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?<variants>(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*)(?<extensions>(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*)(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguageTagPattern();
}
