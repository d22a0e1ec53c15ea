using System.Text;
using Mopa.Common;

namespace Mopa.SocialNetworks;

/// <summary>The rules a page username is graded against.</summary>
public enum UsernameRule
{
    /// <summary>Between 5 characters and the question's maximum (50 by default).</summary>
    Length,

    /// <summary>Only unaccented letters, digits and periods.</summary>
    Characters,

    /// <summary>At least one letter: not only digits.</summary>
    Letters,

    /// <summary>Never contains "facebook"; not a reserved word (admin, page, official…) alone.</summary>
    Reserved,

    /// <summary>Not made only of generic words (a kind of venue, a place name…).</summary>
    Generic,

    /// <summary>Contains a distinctive word of the business's name.</summary>
    Business,
}

/// <summary>
/// The naming rules of a Facebook page username, as the <c>mopa.social-networks</c> lessons teach
/// them, and the generic and reserved words they use. Pure functions: thread-safe and deterministic.
/// </summary>
public static class PageUsernameRules
{
    /// <summary>The shortest username the platform accepts.</summary>
    public const int MinLength = 5;

    /// <summary>The longest username the platform accepts.</summary>
    public const int PlatformMaxLength = 50;

    /// <summary>Every rule, in the order feedback lists them.</summary>
    public static IReadOnlyList<UsernameRule> All { get; } = Enum.GetValues<UsernameRule>();

    /// <summary>Words that may never be the whole username.</summary>
    public static IReadOnlySet<string> ReservedWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "administrateur", "administrator", "page", "pages", "officiel", "officielle", "official",
        "support", "aide", "help", "login", "settings", "parametres", "home", "accueil", "contact",
    };

    /// <summary>Words that describe a kind of business, a place or nothing at all: a username made only of them names no one.</summary>
    public static IReadOnlySet<string> GenericWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "hotel", "hotels", "hostellerie", "gite", "gites", "camping", "campings", "chambre", "chambres", "hote", "hotes",
        "dhote", "dhotes", "restaurant", "restaurants", "resto", "bar", "cafe", "auberge", "domaine", "chateau",
        "vin", "vins", "vignoble", "vignobles", "cave", "caves", "location", "locations", "vacances", "sejour", "sejours",
        "tourisme", "office", "plage", "mer", "ocean", "lac", "bordeaux", "gironde", "medoc", "aquitaine", "landes",
        "arcachon", "lacanau", "france", "holiday", "holidays", "rental", "rentals", "beach", "wine", "wines", "hostel",
        "inn", "bnb", "tourism", "tourist", "travel", "voyage", "visit", "visite", "info", "infos", "best", "meilleur",
        "pas", "cher", "chere", "mon", "ma", "mes", "my", "de", "des", "du", "la", "le", "les", "et", "en", "au", "aux",
        "the", "and", "of",
    };

    /// <summary>Small words dropped first when a business name must be shortened.</summary>
    public static IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "au", "aux", "a", "the", "of", "and",
    };

    /// <summary>The words of a business name, folded to lowercase ASCII letters and digits.</summary>
    /// <param name="business">The business name.</param>
    /// <returns>The words, in order.</returns>
    public static IReadOnlyList<string> Words(string business)
    {
        ArgumentNullException.ThrowIfNull(business);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in BodyReader.Fold(business))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>The words of a business name that identify it: three characters or more, neither generic nor reserved.</summary>
    /// <param name="business">The business name.</param>
    /// <returns>The distinctive words, in order, without duplicates.</returns>
    public static IReadOnlyList<string> DistinctiveWords(string business) =>
        Words(business).Where(w => w.Length >= 3 && !GenericWords.Contains(w) && !ReservedWords.Contains(w) && w.Any(char.IsAsciiLetter)).Distinct().ToList();

    /// <summary>Checks a username against every rule.</summary>
    /// <param name="username">The username, trimmed.</param>
    /// <param name="maxLength">The longest username accepted.</param>
    /// <param name="distinctiveWords">The business's distinctive words.</param>
    /// <returns>The rules the username breaks, in <see cref="All"/> order; empty when it is valid.</returns>
    public static IReadOnlyList<UsernameRule> Broken(string username, int maxLength, IReadOnlyList<string> distinctiveWords)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(distinctiveWords);
        var broken = new List<UsernameRule>();
        var letters = new string(BodyReader.Fold(username).Where(char.IsAsciiLetterLower).ToArray());
        if (username.Length < MinLength || username.Length > maxLength)
        {
            broken.Add(UsernameRule.Length);
        }

        if (InvalidCharacters(username).Count > 0)
        {
            broken.Add(UsernameRule.Characters);
        }

        if (!username.Any(char.IsLetter))
        {
            broken.Add(UsernameRule.Letters);
        }

        if (letters.Contains("facebook", StringComparison.Ordinal) || ReservedWords.Contains(letters))
        {
            broken.Add(UsernameRule.Reserved);
        }

        if (letters.Length > 0 && IsOnlyGeneric(letters))
        {
            broken.Add(UsernameRule.Generic);
        }

        var compact = new string(BodyReader.Fold(username).Where(char.IsAsciiLetterOrDigit).ToArray());
        if (!distinctiveWords.Any(w => compact.Contains(w, StringComparison.Ordinal)))
        {
            broken.Add(UsernameRule.Business);
        }

        return broken;
    }

    /// <summary>The characters of a username that are not allowed, each once, in order of appearance.</summary>
    /// <param name="username">The username.</param>
    /// <returns>The characters (as strings: a character may need two UTF-16 units).</returns>
    public static IReadOnlyList<string> InvalidCharacters(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        var invalid = new List<string>();
        var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(username);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var allowed = element.Length == 1 && (char.IsAsciiLetterOrDigit(element[0]) || element[0] == '.');
            if (!allowed && !invalid.Contains(element))
            {
                invalid.Add(element);
            }
        }

        return invalid;
    }

    /// <summary>A username that satisfies every rule, built from the business name, or null when none fits.</summary>
    /// <param name="business">The business name.</param>
    /// <param name="maxLength">The longest username accepted.</param>
    /// <returns>The example, or <see langword="null"/>.</returns>
    public static string? Example(string business, int maxLength)
    {
        var words = Words(business);
        var distinctive = DistinctiveWords(business);
        string[] candidates =
        [
            string.Concat(words),
            string.Concat(words.Where(w => !StopWords.Contains(w))),
            string.Concat(distinctive),
            distinctive.Count > 0 ? distinctive[0] + string.Concat(words.Where(w => GenericWords.Contains(w) && !StopWords.Contains(w)).Take(1)) : string.Empty,
            distinctive.Count > 0 ? distinctive[0] : string.Empty,
        ];
        return candidates.FirstOrDefault(c => c.Length > 0 && Broken(c, maxLength, distinctive).Count == 0);
    }

    // Word break over the generic and reserved words (two letters or more): "hotelbordeaux" = hotel + bordeaux.
    private static bool IsOnlyGeneric(string letters)
    {
        var reachable = new bool[letters.Length + 1];
        reachable[0] = true;
        for (var end = 1; end <= letters.Length; end++)
        {
            for (var start = Math.Max(0, end - 12); start < end - 1 && !reachable[end]; start++)
            {
                var word = letters[start..end];
                reachable[end] = reachable[start] && (GenericWords.Contains(word) || ReservedWords.Contains(word));
            }
        }

        return reachable[letters.Length];
    }
}
