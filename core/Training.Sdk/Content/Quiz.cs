using Training.Sdk.Questions;

namespace Training.Sdk.Content;

/// <summary>A quiz: questions with the rules that grade them.</summary>
public sealed record Quiz
{
    /// <summary>The quiz's stable id within its module (e.g. <c>final</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The quiz's title.</summary>
    public LocalizedText Title { get; init; } = LocalizedText.Empty;

    /// <summary>The quiz's rules.</summary>
    public QuizSettings Settings { get; init; } = QuizSettings.Default;

    /// <summary>The questions in the module's first language (French).</summary>
    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>
    /// Translated question lists by language code (<c>en</c>), each with the same question ids
    /// and types as <see cref="Questions"/>.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Question>> Translations { get; init; } =
        new Dictionary<string, IReadOnlyList<Question>>();

    /// <summary>The questions in a language, falling back to <see cref="Questions"/>.</summary>
    /// <param name="language">A language code such as <c>fr</c> or <c>en</c>.</param>
    /// <returns>The questions to show and grade in that language.</returns>
    public IReadOnlyList<Question> GetQuestions(string language) =>
        Translations.TryGetValue(language, out var translated) ? translated : Questions;
}
