using System.Globalization;
using System.Text.RegularExpressions;
using Training.Engine.Records;

namespace Training.Engine.Cohorts;

/// <summary>Checks and normalizes what callers type for a cohort: ids are lower-cased, titles trimmed, deadlines ISO dates.</summary>
internal static partial class CohortInput
{
    public static string Id(string? id)
    {
        var normalized = id?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!IdPattern().IsMatch(normalized))
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"'{id}' is not a valid cohort id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. 'ant-2026-spring').");
        }

        return normalized;
    }

    public static string? Title(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var trimmed = title.Trim();
        if (trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, "A cohort's title must be at most 200 characters without control characters.");
        }

        return trimmed;
    }

    public static DateOnly? Deadline(string? deadline)
    {
        if (string.IsNullOrWhiteSpace(deadline))
        {
            return null;
        }

        return DateOnly.TryParseExact(deadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"'{deadline}' is not a valid deadline: give a date as YYYY-MM-DD (e.g. 2026-06-30).");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
