using System.Globalization;

namespace Training.Engine.Text;

/// <summary>
/// Reads durations as authors write them: <c>20m</c>, <c>1h30m</c>, <c>90s</c>, <c>1h 30m 15s</c>,
/// or ISO 8601 <c>PT20M</c>. Used for quiz time limits and lesson durations alike.
/// </summary>
internal static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        var value = (text ?? string.Empty).Trim();
        var iso = value.StartsWith("PT", StringComparison.OrdinalIgnoreCase);
        var units = iso ? value[2..] : value.Replace(" ", string.Empty, StringComparison.Ordinal);
        return TryParseUnits(units, out duration);
    }

    private static bool TryParseUnits(string units, out TimeSpan total)
    {
        total = TimeSpan.Zero;
        if (units.Length == 0)
        {
            return false;
        }

        var seen = string.Empty;
        var i = 0;
        while (i < units.Length)
        {
            var start = i;
            while (i < units.Length && (char.IsAsciiDigit(units[i]) || units[i] == '.'))
            {
                i++;
            }

            if (i == start || i >= units.Length || i - start > 6
                || !double.TryParse(units.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unit = char.ToLowerInvariant(units[i++]);

            // Units in order h, m, s, each at most once.
            var order = "hms".IndexOf(unit, StringComparison.Ordinal);
            if (order < 0 || (seen.Length > 0 && "hms".IndexOf(seen[^1], StringComparison.Ordinal) >= order))
            {
                return false;
            }

            seen += unit;
            total += unit switch
            {
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }

        return true;
    }
}
