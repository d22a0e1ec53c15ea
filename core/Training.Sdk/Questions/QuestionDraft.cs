using Training.Sdk.Content;

namespace Training.Sdk.Questions;

/// <summary>
/// What the GIFT reader hands a plugin question type for a question written
/// <c>::title:: text {@type-id body}</c>: everything common to all questions, and the
/// <see cref="Body"/> that only the type understands.
/// </summary>
public sealed record QuestionDraft
{
    /// <summary>The question's id.</summary>
    public required string Id { get; init; }

    /// <summary>The GIFT title, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The question's text, with GIFT escapes resolved.</summary>
    public required string Text { get; init; }

    /// <summary>How the text is written.</summary>
    public TextFormat Format { get; init; } = TextFormat.Moodle;

    /// <summary>The general feedback (GIFT <c>####</c> inside the braces), if any.</summary>
    public string? GeneralFeedback { get; init; }

    /// <summary>The GIFT tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The category in force, if any.</summary>
    public string? Category { get; init; }

    /// <summary>The text between the type id and the closing brace, with GIFT escapes resolved.</summary>
    public required string Body { get; init; }

    /// <summary>
    /// The language of the file the question is written in, <see cref="LocalizedText.French"/>
    /// (<c>fr</c>) or <see cref="LocalizedText.English"/> (<c>en</c>, a <c>name.en.gift</c> variant).
    /// Types use it to write their feedback in the question's language.
    /// </summary>
    public string Language { get; init; } = LocalizedText.French;
}
