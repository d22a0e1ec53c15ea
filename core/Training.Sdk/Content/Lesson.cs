namespace Training.Sdk.Content;

/// <summary>A lesson: a page of Markdown a trainee reads and marks complete.</summary>
public sealed record Lesson
{
    /// <summary>The lesson's stable id within its module (lowercase letters, digits and <c>-</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The lesson's title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>The lesson's body in CommonMark Markdown, by language.</summary>
    public required LocalizedText Body { get; init; }

    /// <summary>An estimate of the reading time, when the author gave one.</summary>
    public TimeSpan? Duration { get; init; }
}
