namespace Training.Sdk.Questions;

/// <summary>
/// What a trainee is shown before answering. It never carries answer keys, fractions or
/// answer-specific feedback.
/// </summary>
public sealed record QuestionPresentation
{
    /// <summary>The question's id.</summary>
    public required string Id { get; init; }

    /// <summary>The question type's id.</summary>
    public required string Type { get; init; }

    /// <summary>The title, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The question's text.</summary>
    public required string Text { get; init; }

    /// <summary>How the text is written.</summary>
    public TextFormat Format { get; init; } = TextFormat.Moodle;

    /// <summary>The items to answer for (matching: the left-hand items); empty otherwise.</summary>
    public IReadOnlyList<string> Prompts { get; init; } = [];

    /// <summary>The options to choose from (choices, or matching's right-hand answers); empty for typed answers.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>True when several options may be selected.</summary>
    public bool MultipleSelection { get; init; }

    /// <summary>A short instruction on how to answer, in the presentation's language.</summary>
    public string? AnswerHint { get; init; }

    /// <summary>
    /// Type-specific data a front end needs to render the question (a map image and its bounds,
    /// say). Never answer keys.
    /// </summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();
}
