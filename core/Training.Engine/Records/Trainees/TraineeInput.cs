using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Training.Engine.Records.Trainees;

/// <summary>Checks and normalizes what callers type for a trainee: ids are lower-cased, names and e-mails trimmed.</summary>
internal static partial class TraineeInput
{
    public static string Id(string? id)
    {
        var normalized = id?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!IdPattern().IsMatch(normalized))
        {
            throw LearningRecordsException.Invalid(
                $"'{id}' is not a valid trainee id: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. 'jane.doe').");
        }

        return normalized;
    }

    public static string Name(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            throw LearningRecordsException.Invalid("A trainee's name must be 1 to 200 characters without control characters; give the name as it should appear on certificates.");
        }

        return trimmed;
    }

    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var trimmed = email.Trim();
        var domainDot = trimmed.LastIndexOf('@') is var at and > 0 && trimmed.IndexOf('.', at) > at + 1;
        if (trimmed.Length <= 254 && domainDot && !trimmed.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && address.DisplayName.Length == 0)
        {
            return trimmed;
        }

        throw LearningRecordsException.Invalid($"'{email}' is not a valid e-mail address: give a plain address such as jane.doe@example.org, or none.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
