using System.Text.Json;

namespace Training.Sdk.Questions;

/// <summary>What a <see cref="IQuestionHtmlRenderer"/> needs from the host to render one question.</summary>
public sealed record QuestionRenderContext
{
    /// <summary>The prefix every form field of this question must start with (unique per question on the page).</summary>
    public required string FieldPrefix { get; init; }

    /// <summary>The trainee's language (<c>fr</c> or <c>en</c>).</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Maps a path relative to the module's folder (<c>content/maps/gironde.svg</c>) to the URL the
    /// host serves it at. Hosts serve images, styles and scripts only; never quiz or lesson sources.
    /// </summary>
    public required Func<string, string> AssetUrl { get; init; }

    /// <summary>The answer given before (a resumed attempt, or a form sent back with an error), in the type's JSON shape; null when none.</summary>
    public JsonElement? PreviousAnswer { get; init; }

    /// <summary>The full name of one of this question's fields.</summary>
    /// <param name="name">The field's own name, e.g. <c>lat</c>.</param>
    /// <returns><see cref="FieldPrefix"/> followed by <paramref name="name"/>.</returns>
    public string FieldName(string name) => FieldPrefix + name;
}
