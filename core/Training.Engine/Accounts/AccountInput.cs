using System.Text.RegularExpressions;
using Training.Engine.Access;
using Training.Engine.Records;

namespace Training.Engine.Accounts;

/// <summary>Checks what callers type for an account: user names are lower-cased, display names trimmed.</summary>
internal static partial class AccountInput
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;

    public static string UserName(string? userName)
    {
        var normalized = userName?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!UserNamePattern().IsMatch(normalized))
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"'{userName}' is not a valid user name: use 2 to 64 lowercase letters, digits, '.', '_' or '-' (e.g. 'jane.doe').");
        }

        if (normalized == Principal.LocalOperatorName)
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"'{Principal.LocalOperatorName}' is reserved for the command line's operator; choose another user name.");
        }

        return normalized;
    }

    /// <summary>Whether a user name could exist, without throwing (sign-in must not tell bad names from unknown ones).</summary>
    public static bool TryUserName(string? userName, out string normalized)
    {
        normalized = userName?.Trim().ToLowerInvariant() ?? string.Empty;
        return UserNamePattern().IsMatch(normalized);
    }

    public static void Password(string? password)
    {
        if (password is null || password.Length < MinPasswordLength)
        {
            throw new LearningRecordsException(
                LearningRecordsErrorKind.Invalid,
                $"The password is too short: use at least {MinPasswordLength} characters (a few words make a good one).");
        }

        if (password.Length > MaxPasswordLength)
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"The password is too long: use at most {MaxPasswordLength} characters.");
        }
    }

    public static string? DisplayName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.Length > 200 || trimmed.Any(char.IsControl))
        {
            throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, "A display name must be at most 200 characters without control characters.");
        }

        return trimmed;
    }

    public static Role Role(Role role) => Enum.IsDefined(role)
        ? role
        : throw new LearningRecordsException(LearningRecordsErrorKind.Invalid, $"'{role}' is not a role: use trainee, coordinator or admin.");

    [GeneratedRegex("^[a-z0-9._-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}
