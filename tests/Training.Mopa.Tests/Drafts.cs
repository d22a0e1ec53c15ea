using System.Text.Json;
using Training.Sdk.Questions;

namespace Training.Mopa.Tests;

/// <summary>Builds question drafts and JSON answers for unit tests of the question types.</summary>
internal static class Drafts
{
    public static QuestionDraft Of(string body, string id = "q-test", string? generalFeedback = "General feedback.", string language = "fr") => new()
    {
        Id = id,
        Title = "Title",
        Text = "Question text.",
        GeneralFeedback = generalFeedback,
        Body = body,
        Language = language,
    };

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Parses and expects a format error; returns it.</summary>
    public static QuestionFormatException ParseError(IQuestionType type, string body) =>
        Assert.Throws<QuestionFormatException>(() => type.Parse(Of(body)))!;

    /// <summary>Grades the same answer from several threads at once and returns every grade.</summary>
    public static IReadOnlyList<QuestionGrade> GradeConcurrently(IQuestionType type, Question question, JsonElement answer, int times = 200)
    {
        var grades = new QuestionGrade[times];
        Parallel.For(0, times, i => grades[i] = type.Grade(question, type.ReadAnswer(question, answer)));
        return grades;
    }
}
