using System.Globalization;
using System.Text.RegularExpressions;
using Training.Cli.Hosting;

namespace Training.Cli.Commands;

/// <summary>Parses a window such as <c>60d</c>, <c>8w</c>, <c>P60D</c> or <c>P8W</c> into whole days.</summary>
internal static partial class WindowText
{
    public static TimeSpan Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > 36_500)
        {
            throw new CliException(
                $"'{text}' is not a window. Write days or weeks: 60d, 8w, or ISO 8601 P60D, P8W (months have no fixed length, so 2m is not accepted: write 60d).",
                ExitCodes.Usage);
        }

        var unit = char.ToLowerInvariant(match.Groups["unit"].Value[0]);
        return TimeSpan.FromDays(unit == 'w' ? count * 7 : count);
    }

    [GeneratedRegex(@"^(?:P(?<n>[0-9]{1,6})(?<unit>[DW])|(?<n>[0-9]{1,6})(?<unit>[dw]))$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
