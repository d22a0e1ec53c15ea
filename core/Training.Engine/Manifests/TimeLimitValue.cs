using System.Globalization;
using System.Text.RegularExpressions;

namespace Training.Engine.Manifests;

/// <summary>Parses a quiz time limit: <c>20m</c>, <c>1h30m</c>, <c>90s</c> or ISO 8601 <c>PT20M</c>; positive.</summary>
internal static class TimeLimitValue
{
    // A limit longer than a week is a typo, and the bound keeps arithmetic far from overflow.
    private static readonly TimeSpan s_maximum = TimeSpan.FromDays(7);

    public static bool TryParse(string text, out TimeSpan limit)
    {
        limit = TimeSpan.Zero;
        text = text.Trim();
        if (text.Length is 0 or > 32)
        {
            return false;
        }

        var match = ManifestPatterns.ShortDuration().Match(text);
        if (!match.Success)
        {
            match = ManifestPatterns.IsoDuration().Match(text);
            if (!match.Success || text.Length == 2)
            {
                return false;
            }
        }

        limit = TimeSpan.FromHours(Number(match, "h")) + TimeSpan.FromMinutes(Number(match, "m")) + TimeSpan.FromSeconds(Number(match, "s"));
        return limit > TimeSpan.Zero && limit <= s_maximum;
    }

    private static long Number(Match match, string group) =>
        match.Groups[group].Success ? long.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;
}
