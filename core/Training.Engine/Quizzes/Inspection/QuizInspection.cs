using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>A quiz as an author checks it, serialized as <c>{ "questions": [...], "diagnostics": [...] }</c>.</summary>
/// <param name="Questions">The questions with their answer keys.</param>
/// <param name="Diagnostics">The problems found while reading the quiz.</param>
public sealed record QuizInspection(
    [property: JsonPropertyName("questions")] IReadOnlyList<QuestionInspection> Questions,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<DiagnosticInspection> Diagnostics);
