using System.Globalization;

namespace Training.Engine.Manifests;

/// <summary>Parses a quiz pass mark: <c>80%</c> or a fraction such as <c>0.8</c>, between 0 and 1.</summary>
internal static class PassMarkValue
{
    public static bool TryParse(string text, out double fraction)
    {
        fraction = 0;
        text = text.Trim();
        var percent = ManifestPatterns.Percentage().Match(text);
        if (percent.Success)
        {
            fraction = double.Parse(percent.Groups["value"].ValueSpan, CultureInfo.InvariantCulture) / 100;
        }
        else if (text.Length > 32 || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out fraction))
        {
            return false;
        }

        // NaN fails both comparisons, so it is rejected too.
        return fraction is >= 0 and <= 1;
    }
}
