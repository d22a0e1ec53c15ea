using System.Globalization;
using System.Text;
using System.Text.Json;
using Mopa.Common;
using Training.Sdk.Questions;

namespace Mopa.SocialNetworks;

/// <summary>
/// "Propose a username for this business's Facebook page": the trainee types a username, graded
/// against the platform's naming rules as the lessons teach them.
/// <para>GIFT body (fields separated by spaces; the business name may contain spaces):</para>
/// <code>
/// ::Adresse du gîte:: Proposez un nom d'utilisateur pour la page du Gîte des Vignes.
/// {@mopa.page-username business=Gîte des Vignes max=15 ####Feedback.}
/// </code>
/// <list type="bullet">
/// <item><c>business=</c> (required): the business's name as its sign reads. It must contain a
/// distinctive word (three characters or more, not generic), and a valid username must be buildable
/// from it within <c>max</c>.</item>
/// <item><c>max=</c> (optional, 5 to 50, default 50): the longest username accepted; 15 when the same
/// name must also fit an X (Twitter) handle.</item>
/// </list>
/// <para>The feedback is in the language of the GIFT file (<see cref="QuestionDraft.Language"/>):
/// French for <c>final.gift</c>, English for <c>final.en.gift</c>.</para>
/// <para>Answer: a JSON string, the username without <c>@</c> or address (surrounding spaces are
/// ignored; an empty string is malformed).</para>
/// <para>Grading: six rules (<see cref="UsernameRule"/>): length between 5 and <c>max</c>; only unaccented
/// letters, digits and periods; not only digits; no "facebook" and not a reserved word (admin, page,
/// official…) alone; not made only of generic words (hotel, gite, camping, bordeaux…); contains a
/// distinctive word of the business's name. The fraction is the share of rules satisfied (5/6 for
/// one broken rule, 4/6 for two), and 0 from three broken rules on: such a name is not a usable
/// proposal. The feedback names each broken rule, in the file's language, and gives a valid example.</para>
/// </summary>
public sealed partial class PageUsernameQuestionType : IQuestionType, IQuestionHtmlRenderer
{
    /// <summary>The type id used after <c>{@</c> in GIFT.</summary>
    public const string TypeId = "mopa.page-username";

    /// <summary>A username breaking this many rules or more is not a usable proposal: no credit.</summary>
    public const int BrokenRulesForNoCredit = 3;

    private static readonly string[] s_fields = ["business", "max"];
    private static readonly string[] s_required = ["business"];

    /// <inheritdoc />
    public string Id => TypeId;

    /// <inheritdoc />
    public string AnswerFormat => "a non-empty JSON string: the proposed username, e.g. \"gitedesvignes\"";

    /// <inheritdoc />
    public Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fields = BodyReader.Read(draft.Body, s_fields, s_required);
        var business = fields["business"];
        var max = PageUsernameRules.PlatformMaxLength;
        if (fields.TryGetValue("max", out var maxField))
        {
            if (!int.TryParse(maxField.Value, NumberStyles.None, CultureInfo.InvariantCulture, out max)
                || max < PageUsernameRules.MinLength || max > PageUsernameRules.PlatformMaxLength)
            {
                throw new QuestionFormatException(
                    $"'max' must be a whole number from {PageUsernameRules.MinLength} to {PageUsernameRules.PlatformMaxLength}, but is '{maxField.Value}'.",
                    maxField.ValueOffset);
            }
        }

        var distinctive = PageUsernameRules.DistinctiveWords(business.Value);
        if (distinctive.Count == 0)
        {
            throw new QuestionFormatException(
                $"The business name '{business.Value}' has no distinctive word (three characters or more, not generic such as 'gîte' or 'Bordeaux'): no username could identify it.",
                business.ValueOffset);
        }

        var example = PageUsernameRules.Example(business.Value, max)
            ?? throw new QuestionFormatException($"No valid username of at most {max} characters can be built from '{business.Value}': raise 'max' or shorten the name.", business.ValueOffset);

        return new PageUsernameQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
            Business = business.Value,
            MaxLength = max,
            DistinctiveWords = distinctive,
            Example = example,
            Language = draft.Language,
        };
    }

    /// <inheritdoc />
    public object ReadAnswer(Question question, JsonElement answer)
    {
        _ = Cast(question);
        if (answer.ValueKind != JsonValueKind.String)
        {
            throw new AnswerFormatException($"Expected {AnswerFormat}, got a JSON {answer.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var username = answer.GetString()!.Trim();
        return username.Length > 0 ? username : throw new AnswerFormatException($"The username is empty. Expected {AnswerFormat}.");
    }

    /// <inheritdoc />
    public QuestionGrade Grade(Question question, object answer)
    {
        var page = Cast(question);
        if (answer is not string username)
        {
            return QuestionGrade.FromFraction(0);
        }

        var broken = PageUsernameRules.Broken(username, page.MaxLength, page.DistinctiveWords);
        var total = PageUsernameRules.All.Count;
        var fraction = broken.Count >= BrokenRulesForNoCredit ? 0 : (double)(total - broken.Count) / total;
        var en = page.Language == "en";
        var feedback = new StringBuilder();
        if (broken.Count == 0)
        {
            feedback.Append(en
                ? $"\"{username}\" follows all {total} rules: it can become the page's address, facebook.com/{username}."
                : $"« {username} » respecte les {total} règles : il peut devenir l'adresse de la page, facebook.com/{username}.");
        }
        else
        {
            feedback.Append(en
                ? $"\"{username}\" breaks {broken.Count} of the {total} rules:"
                : $"« {username} » enfreint {broken.Count} des {total} règles :");
            foreach (var rule in broken)
            {
                feedback.Append("\n- ").Append(Explain(rule, username, page, en));
            }

            feedback.Append(en ? $"\nA valid example: {page.Example}." : $"\nExemple valide : {page.Example}.");
        }

        return QuestionGrade.FromFraction(fraction, feedback.ToString());
    }

    /// <inheritdoc />
    public QuestionPresentation Present(Question question, string language)
    {
        var page = Cast(question);
        var en = language == "en";
        return new QuestionPresentation
        {
            Id = page.Id,
            Type = TypeId,
            Title = page.Title,
            Text = page.Text,
            Format = page.Format,
            AnswerHint = en
                ? $"Type the username only, without @ or facebook.com/ ({PageUsernameRules.MinLength} to {page.MaxLength} characters)."
                : $"Tapez seulement le nom d'utilisateur, sans @ ni facebook.com/ ({PageUsernameRules.MinLength} à {page.MaxLength} caractères).",
            Data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["business"] = page.Business,
                ["minLength"] = PageUsernameRules.MinLength.ToString(CultureInfo.InvariantCulture),
                ["maxLength"] = page.MaxLength.ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    private static string Explain(UsernameRule rule, string username, PageUsernameQuestion page, bool en)
    {
        var min = PageUsernameRules.MinLength;
        var max = page.MaxLength;
        return rule switch
        {
            UsernameRule.Length => en
                ? $"Length: it has {username.Length} characters; it needs {min} to {max}{(max < PageUsernameRules.PlatformMaxLength ? " (to fit X too)" : string.Empty)}."
                : $"Longueur : il compte {username.Length} caractères ; il en faut de {min} à {max}{(max < PageUsernameRules.PlatformMaxLength ? " (pour servir aussi sur X)" : string.Empty)}.",
            UsernameRule.Characters => en
                ? $"Characters: only unaccented letters, digits and periods are allowed, not {Quote(PageUsernameRules.InvalidCharacters(username), en)}."
                : $"Caractères : seuls les lettres non accentuées, les chiffres et les points sont admis, pas {Quote(PageUsernameRules.InvalidCharacters(username), en)}.",
            UsernameRule.Letters => en
                ? "Not only digits: a username needs at least one letter."
                : "Pas seulement des chiffres : il faut au moins une lettre.",
            UsernameRule.Reserved => en
                ? "Reserved words: \"facebook\" may not appear in it, and words such as admin, page or official may not be used alone."
                : "Mots réservés : « facebook » ne peut pas y figurer, et des mots comme admin, page ou officiel ne peuvent pas être employés seuls.",
            UsernameRule.Generic => en
                ? "Generic words: it is made only of generic words (a kind of venue, a place…), which name no business in particular and are usually taken."
                : "Termes génériques : il n'est fait que de mots génériques (un type d'établissement, un lieu…), qui ne désignent aucun établissement et sont en général déjà pris.",
            UsernameRule.Business => en
                ? $"Recognisable: it should include a distinctive word of \"{page.Business}\", such as \"{page.DistinctiveWords[0]}\", so that customers recognise the business."
                : $"Reconnaissable : il doit reprendre un mot distinctif de « {page.Business} », comme « {page.DistinctiveWords[0]} », pour que les clients reconnaissent l'établissement.",
            _ => rule.ToString(),
        };
    }

    private static string Quote(IReadOnlyList<string> characters, bool en)
    {
        var shown = characters.Select(c => c == " " ? (en ? "space" : "espace") : c);
        return en ? string.Join(", ", shown.Select(c => $"\"{c}\"")) : string.Join(", ", shown.Select(c => $"« {c} »"));
    }

    private static PageUsernameQuestion Cast(Question question) =>
        question as PageUsernameQuestion ?? throw new ArgumentException($"Question '{question?.Id}' is not a {TypeId} question.", nameof(question));
}
