using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>
/// One question with its answer key. Every property is always written: lists that do not apply
/// to the type are empty, a missing title or general feedback is null.
/// </summary>
/// <param name="Id">The question's id.</param>
/// <param name="Type">The type id (<c>single-choice</c>, ..., or a plugin type's id).</param>
/// <param name="Title">The GIFT title, if any.</param>
/// <param name="Text">The question's text.</param>
/// <param name="Points">The question's points in the quiz (0 for descriptions).</param>
/// <param name="Choices">Choice questions: the choices.</param>
/// <param name="Answers">Short answer, numerical and true/false: the accepted answers (<see cref="TextAnswerInspection"/>, <see cref="NumericalAnswerInspection"/>, <see cref="TrueFalseAnswerInspection"/>).</param>
/// <param name="Pairs">Matching: the pairs; an empty left is a distractor.</param>
/// <param name="GeneralFeedback">The general feedback, if any.</param>
public sealed record QuestionInspection(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("points")] double Points,
    [property: JsonPropertyName("choices")] IReadOnlyList<ChoiceInspection> Choices,
    [property: JsonPropertyName("answers")] IReadOnlyList<object> Answers,
    [property: JsonPropertyName("pairs")] IReadOnlyList<PairInspection> Pairs,
    [property: JsonPropertyName("generalFeedback")] string? GeneralFeedback);
