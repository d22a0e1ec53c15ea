using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Training.Sdk.Questions;

namespace Mopa.Common;

/// <summary>One <c>key=value</c> field of a plugin question's GIFT body.</summary>
/// <param name="Key">The key, in lowercase.</param>
/// <param name="Value">The value, trimmed; it may contain spaces.</param>
/// <param name="KeyOffset">The offset of the key in the body.</param>
/// <param name="ValueOffset">The offset of the value in the body.</param>
internal sealed record BodyField(string Key, string Value, int KeyOffset, int ValueOffset);

/// <summary>
/// Reads the bodies of the MOPA question types: whitespace-separated <c>key=value</c> fields, in
/// any order. A value runs up to the next <c>key=</c> that follows a space, so it may contain
/// spaces (<c>business=Gîte des Vignes max=15</c>). Compiled into each MOPA plugin (linked source):
/// plugins reference nothing but the SDK.
/// </summary>
internal static partial class BodyReader
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>Splits a body into fields, checking keys against the allowed and required ones.</summary>
    public static Dictionary<string, BodyField> Read(string body, IReadOnlyList<string> allowed, IReadOnlyList<string> required)
    {
        ArgumentNullException.ThrowIfNull(body);
        var matches = KeyPattern().Matches(body);
        var fields = new Dictionary<string, BodyField>(StringComparer.Ordinal);
        var firstText = FirstNonSpace(body, 0);
        if (firstText < body.Length && (matches.Count == 0 || matches[0].Index != firstText))
        {
            throw new QuestionFormatException(
                $"Expected 'key=value' fields ({string.Join(", ", allowed.Select(k => k + "=..."))}), but the body starts with '{Excerpt(body, firstText)}'.",
                firstText);
        }

        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var key = match.Groups[1].Value;
            var valueStart = match.Index + match.Length;
            var valueEnd = i + 1 < matches.Count ? matches[i + 1].Index : body.Length;
            var raw = body[valueStart..valueEnd];
            var value = raw.Trim();
            var valueOffset = value.Length == 0 ? valueStart : valueStart + raw.IndexOf(value[0], StringComparison.Ordinal);
            if (!allowed.Contains(key))
            {
                throw new QuestionFormatException($"Unknown field '{key}'. The fields are: {string.Join(", ", allowed)}.", match.Index);
            }

            if (value.Length == 0)
            {
                throw new QuestionFormatException($"The field '{key}' has no value.", match.Index);
            }

            if (!fields.TryAdd(key, new BodyField(key, value, match.Index, valueOffset)))
            {
                throw new QuestionFormatException($"The field '{key}' is given twice.", match.Index);
            }
        }

        foreach (var key in required)
        {
            if (!fields.ContainsKey(key))
            {
                throw new QuestionFormatException($"The field '{key}=' is missing.", body.Length == 0 ? 0 : body.Length);
            }
        }

        return fields;
    }

    /// <summary>Reads a decimal number written with a dot.</summary>
    public static double Number(BodyField field, string text, int offsetInValue = 0)
    {
        if (text.Contains(',', StringComparison.Ordinal) && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, s_invariant, out _))
        {
            throw new QuestionFormatException($"'{text}' in '{field.Key}' uses a comma: write numbers with a dot, e.g. '{text.Replace(',', '.')}'.", field.ValueOffset + offsetInValue);
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, s_invariant, out var number) || !double.IsFinite(number))
        {
            throw new QuestionFormatException($"'{text}' in '{field.Key}' is not a number; write it with digits and a dot, e.g. '12.5'.", field.ValueOffset + offsetInValue);
        }

        return number;
    }

    /// <summary>Reads a positive number.</summary>
    public static double PositiveNumber(BodyField field)
    {
        var number = Number(field, field.Value);
        return number > 0
            ? number
            : throw new QuestionFormatException($"'{field.Key}' must be above 0, but is '{field.Value}'.", field.ValueOffset);
    }

    /// <summary>Reads a distance, <c>500m</c> or <c>2.5km</c>, in metres.</summary>
    public static double Distance(BodyField field)
    {
        var value = field.Value;
        var (digits, factor) = value.EndsWith("km", StringComparison.Ordinal) ? (value[..^2], 1000.0)
            : value.EndsWith('m') ? (value[..^1], 1.0)
            : throw new QuestionFormatException($"'{field.Key}' must be a distance with its unit, m or km (e.g. '500m', '2.5km'), but is '{value}'.", field.ValueOffset);
        var number = Number(field, digits.TrimEnd());
        return number > 0
            ? number * factor
            : throw new QuestionFormatException($"'{field.Key}' must be a distance above 0, but is '{value}'.", field.ValueOffset);
    }

    /// <summary>Reads a percentage strictly between 0 % and 100 %, written <c>20%</c>; returns a fraction.</summary>
    public static double Percentage(BodyField field)
    {
        var value = field.Value;
        if (!value.EndsWith('%'))
        {
            throw new QuestionFormatException($"'{field.Key}' must be a percentage such as '20%', but is '{value}'.", field.ValueOffset);
        }

        var number = Number(field, value[..^1].TrimEnd());
        return number is > 0 and < 100
            ? number / 100
            : throw new QuestionFormatException($"'{field.Key}' must be above 0% and below 100%, but is '{value}'.", field.ValueOffset);
    }

    /// <summary>Formats a number for a trainee: a dot in English, a comma in French, whatever the machine's culture.</summary>
    public static string Format(double number, string language, int decimals)
    {
        var text = Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(s_invariant), s_invariant);
        return language == "fr" ? text.Replace('.', ',') : text;
    }

    /// <summary>Lowercase ASCII with accents removed (œ, æ spelled out); other characters kept.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'œ' or 'Œ' => builder.Append("oe"),
                'æ' or 'Æ' => builder.Append("ae"),
                'ß' => builder.Append("ss"),
                _ => builder.Append(char.ToLowerInvariant(c)),
            };
        }

        return builder.ToString();
    }

    private static int FirstNonSpace(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string Excerpt(string text, int from) =>
        text.Length - from > 20 ? text.Substring(from, 20) + "…" : text[from..];

    [GeneratedRegex(@"(?<=^|\s)([a-z][a-z0-9-]*)=", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
