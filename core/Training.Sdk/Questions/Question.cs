namespace Training.Sdk.Questions;

/// <summary>
/// The base of every question. Built-in types derive from it in this namespace; a plugin
/// question type derives its own record and returns its type id from <see cref="Type"/>.
/// </summary>
public abstract record Question
{
    /// <summary>
    /// The question's stable id: the GIFT <c>// [id:...]</c> value, else the title's slug,
    /// else <c>q</c> and its position.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The question type's id (see <see cref="QuestionTypeIds"/>).</summary>
    public abstract string Type { get; }

    /// <summary>The GIFT <c>::title::</c>, if any.</summary>
    public string? Title { get; init; }

    /// <summary>The question's text, with GIFT escapes resolved.</summary>
    public required string Text { get; init; }

    /// <summary>How <see cref="Text"/> is written.</summary>
    public TextFormat Format { get; init; } = TextFormat.Moodle;

    /// <summary>The feedback every trainee sees after answering (GIFT <c>####</c>).</summary>
    public string? GeneralFeedback { get; init; }

    /// <summary>The GIFT <c>// [tag:...]</c> values.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The question bank category (GIFT <c>$CATEGORY:</c>) in force, if any.</summary>
    public string? Category { get; init; }
}
