using Training.Sdk.Questions;

namespace Mopa.SocialNetworks;

/// <summary>A "propose a page username" question (<c>mopa.page-username</c>).</summary>
public sealed record PageUsernameQuestion : Question
{
    /// <summary>The business the page is for, as its sign reads (<c>Gîte des Vignes</c>).</summary>
    public required string Business { get; init; }

    /// <summary>The longest username accepted: 50, or less when it must also fit another network (15 for X).</summary>
    public int MaxLength { get; init; } = PageUsernameRules.PlatformMaxLength;

    /// <summary>The distinctive words of the business name, folded to lowercase ASCII: one must appear in the username.</summary>
    public required IReadOnlyList<string> DistinctiveWords { get; init; }

    /// <summary>A username that satisfies every rule, given as an example in feedback.</summary>
    public required string Example { get; init; }

    /// <summary>The language of the question's file (<c>fr</c> or <c>en</c>, from <see cref="QuestionDraft.Language"/>), for feedback.</summary>
    public string Language { get; init; } = "fr";

    /// <inheritdoc />
    public override string Type => PageUsernameQuestionType.TypeId;
}
