using System.Text.Json.Serialization;

namespace Training.Engine.Quizzes.Inspection;

/// <summary>A diagnostic: <c>{ "severity", "code", "file", "line", "column", "message" }</c>.</summary>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Code">The stable code, e.g. <c>TRN040</c>.</param>
/// <param name="File">The file, if any.</param>
/// <param name="Line">The 1-based line, 0 when unknown.</param>
/// <param name="Column">The 1-based column, 0 when unknown.</param>
/// <param name="Message">What is wrong, followed by how to fix it.</param>
public sealed record DiagnosticInspection(
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("message")] string Message);
