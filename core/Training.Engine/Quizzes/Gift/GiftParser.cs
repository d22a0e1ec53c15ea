using Training.Sdk.Content;
using Training.Sdk.Questions;

namespace Training.Engine.Quizzes.Gift;

/// <summary>
/// Reads GIFT, Moodle's plain-text quiz format, as Moodle does (see docs/gift.md for the dialect
/// and its few deliberate differences). It never throws on bad input: every problem becomes a
/// diagnostic with a file, a 1-based line and column, a stable code and a hint.
/// </summary>
public static class GiftParser
{
    /// <summary>Parses a GIFT file's text.</summary>
    /// <param name="text">The file's text (a UTF-8 BOM and CRLF line breaks are fine).</param>
    /// <param name="filePath">The path printed in diagnostics.</param>
    /// <param name="types">The question types; <c>{@type-id body}</c> blocks are handed to the registered type.</param>
    /// <param name="language">
    /// The language the file is written in: <see cref="LocalizedText.French"/> (the default) or
    /// <see cref="LocalizedText.English"/> for a <c>name.en.gift</c> variant. Plugin types receive it as
    /// <see cref="QuestionDraft.Language"/> so their feedback matches the question's language.
    /// </param>
    /// <returns>The questions, categories and diagnostics.</returns>
    public static GiftParseResult Parse(string text, string filePath, QuestionTypeRegistry types, string language = LocalizedText.French)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return new GiftQuestionReader(GiftSource.Create(text, filePath), types, language).Read();
    }

    /// <summary>Parses a GIFT file's text with the built-in question types only.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="filePath">The path printed in diagnostics.</param>
    /// <returns>The questions, categories and diagnostics.</returns>
    public static GiftParseResult Parse(string text, string filePath) => Parse(text, filePath, QuestionTypeRegistry.BuiltInOnly);

    /// <summary>
    /// Parses the body of a built-in question type written as a GIFT answer block (what goes
    /// between the braces), for <see cref="IQuestionType.Parse"/> of the built-in types.
    /// </summary>
    internal static Question ParseAnswerBlock(QuestionDraft draft)
    {
        var body = draft.Body.AsSpan();
        var trimmed = GiftSyntax.Trim(body, out var leading);
        var header = new GiftHeader(draft.Id, draft.Title, draft.Text, draft.Format, draft.GeneralFeedback, draft.Tags, draft.Category);
        var reporter = new ThrowingReporter();
        var question = GiftAnswerBlockParser.Parse(header, trimmed, leading, reporter);
        return question ?? throw new QuestionFormatException("The body is not a valid GIFT answer block.", leading);
    }
}
