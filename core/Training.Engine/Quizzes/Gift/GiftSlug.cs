using System.Globalization;
using System.Text;

namespace Training.Engine.Quizzes.Gift;

/// <summary>Turns a title into an id: lowercase ASCII, accents folded, anything else becomes <c>-</c>.</summary>
internal static class GiftSlug
{
    /// <summary>The slug, or <see langword="null"/> when nothing usable remains.</summary>
    public static string? From(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(c);
            if (folded is null)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(folded);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => ((char)(c + 32)).ToString(),
        'œ' or 'Œ' => "oe",
        'æ' or 'Æ' => "ae",
        'ß' => "ss",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        _ => null,
    };
}
