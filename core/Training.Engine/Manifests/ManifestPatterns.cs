using System.Text.RegularExpressions;

namespace Training.Engine.Manifests;

/// <summary>The regular expressions of the manifest format, compiled at build time.</summary>
internal static partial class ManifestPatterns
{
    /// <summary>A module or track id: two or more dot-separated segments of lowercase letters, digits and '-'.</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$", RegexOptions.CultureInvariant)]
    public static partial Regex QualifiedId();

    /// <summary>A lesson or quiz id.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    public static partial Regex EntryId();


    /// <summary>An ISO 8601 date period: <c>P24M</c>, <c>P1Y6M</c>, <c>P2W</c>, <c>P90D</c>.</summary>
    [GeneratedRegex(@"^P(?:(?<y>\d{1,4})Y)?(?:(?<mo>\d{1,5})M)?(?:(?<w>\d{1,5})W)?(?:(?<d>\d{1,6})D)?$", RegexOptions.CultureInvariant)]
    public static partial Regex IsoPeriod();
}
