using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Training.Engine.Text;
using Training.Sdk.Content;

namespace Training.Engine.Quizzes.Rules;

/// <summary>
/// Reads the quiz rules written in a module manifest. Each method returns false with an error
/// message that says what was expected, for the manifest reader to turn into a diagnostic.
/// </summary>
public static class QuizRuleParser
{
    /// <summary>The longest time limit accepted: 7 days.</summary>
    public static readonly TimeSpan MaximumTimeLimit = TimeSpan.FromDays(7);

    /// <summary>Reads a pass mark: <c>80%</c> (also <c>80 %</c>, <c>72.5%</c>) or a fraction <c>0.8</c>.</summary>
    /// <param name="text">The manifest value.</param>
    /// <param name="passMark">The pass mark as a fraction, 0..1.</param>
    /// <param name="error">Why the value was rejected.</param>
    /// <returns>True when the value is valid.</returns>
    public static bool TryParsePassMark(string? text, out double passMark, [NotNullWhen(false)] out string? error)
    {
        passMark = 0;
        var value = (text ?? string.Empty).Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var isPercent = value.EndsWith('%');
        var number = (isPercent ? value[..^1] : value).Trim().Replace(',', '.');
        // double.TryParse accepts "NaN" and "Infinity" whatever the styles: only finite numbers are pass marks.
        if (number.Length == 0 || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
        {
            error = $"The pass mark '{text}' is not valid: write a percentage such as 80% or a fraction such as 0.8.";
            return false;
        }

        if (!isPercent && parsed > 1)
        {
            error = $"The pass mark '{text}' is above 1: write a percentage with its sign (e.g. {parsed.ToString(CultureInfo.InvariantCulture)}%) or a fraction between 0 and 1.";
            return false;
        }

        passMark = isPercent ? parsed / 100 : parsed;
        if (passMark is < 0 or > 1)
        {
            error = $"The pass mark '{text}' must be between 0% and 100%.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// Reads a time limit: <c>20m</c>, <c>1h30m</c>, <c>90s</c>, <c>1h 30m 15s</c>, or ISO 8601
    /// <c>PT20M</c>, <c>PT1H30M</c>. It must be positive.
    /// </summary>
    /// <param name="text">The manifest value.</param>
    /// <param name="limit">The time limit.</param>
    /// <param name="error">Why the value was rejected.</param>
    /// <returns>True when the value is valid.</returns>
    public static bool TryParseTimeLimit(string? text, out TimeSpan limit, [NotNullWhen(false)] out string? error)
    {
        if (!DurationText.TryParse(text, out limit))
        {
            error = $"The time limit '{text}' is not valid: write it as 20m, 1h30m, 90s or ISO 8601 PT20M.";
            return false;
        }

        if (limit <= TimeSpan.Zero)
        {
            error = $"The time limit '{text}' must be longer than zero; leave it out for no limit.";
            return false;
        }

        // A limit longer than a week is a typo, and the bound keeps deadline arithmetic far from overflow.
        if (limit > MaximumTimeLimit)
        {
            error = $"The time limit '{text}' is longer than 7 days: check the units (h, m, s).";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads a grading method: <c>highest</c>, <c>last</c>, <c>first</c> or <c>average</c> (any case).</summary>
    /// <param name="text">The manifest value.</param>
    /// <param name="method">The method.</param>
    /// <param name="error">Why the value was rejected.</param>
    /// <returns>True when the value is valid.</returns>
    public static bool TryParseGradingMethod(string? text, out GradingMethod method, [NotNullWhen(false)] out string? error)
    {
        method = GradingMethod.Highest;
        switch ((text ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "highest":
                method = GradingMethod.Highest;
                break;
            case "last":
                method = GradingMethod.Last;
                break;
            case "first":
                method = GradingMethod.First;
                break;
            case "average":
                method = GradingMethod.Average;
                break;
            default:
                error = $"The grading method '{text}' is not valid: use highest, last, first or average.";
                return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads a number of attempts: a whole number, 0 meaning unlimited.</summary>
    /// <param name="text">The manifest value.</param>
    /// <param name="attempts">The number of attempts.</param>
    /// <param name="error">Why the value was rejected.</param>
    /// <returns>True when the value is valid.</returns>
    public static bool TryParseAttempts(string? text, out int attempts, [NotNullWhen(false)] out string? error)
    {
        if (!int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out attempts))
        {
            error = $"The number of attempts '{text}' is not valid: write a whole number, 0 for unlimited.";
            return false;
        }

        error = null;
        return true;
    }
}
