using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Web.Rendering;

/// <summary>One question of a quiz page: what to show and how its inputs are named.</summary>
internal sealed record QuestionView
{
    public required int Number { get; init; }

    public required QuestionPresentation Presentation { get; init; }

    /// <summary>The question's text as safe HTML (the engine's ContentHtml).</summary>
    public required string TextHtml { get; init; }

    /// <summary>Every form field of this question starts with this.</summary>
    public required string FieldPrefix { get; init; }

    public required QuestionRendering Rendering { get; init; }

    /// <summary>The sanitized HTML of a plugin's answer area (<see cref="QuestionRendering.Plugin"/>).</summary>
    public string? PluginHtml { get; init; }

    /// <summary>The answer posted before, when the form comes back with an error.</summary>
    public JsonElement? PreviousAnswer { get; init; }

    /// <summary>What is wrong with the answer posted, if anything.</summary>
    public string? Error { get; init; }

    public string Field(string name) => FieldPrefix + name;

    public string? PreviousText => PreviousAnswer is { ValueKind: JsonValueKind.String } text ? text.GetString()
        : PreviousAnswer is { ValueKind: JsonValueKind.Number } number ? number.GetRawText()
        : null;

    public bool WasChosen(string option) => PreviousAnswer switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString() == option,
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.String && item.GetString() == option),
        _ => false,
    };

    public bool WasAnswered(bool value) =>
        PreviousAnswer is { ValueKind: JsonValueKind.True or JsonValueKind.False } answer && answer.GetBoolean() == value;

    public string? PreviousMatch(string prompt) =>
        PreviousAnswer is { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty(prompt, out var match) && match.ValueKind == JsonValueKind.String ? match.GetString() : null;
}
