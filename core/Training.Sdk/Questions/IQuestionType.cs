using System.Text.Json;

namespace Training.Sdk.Questions;

/// <summary>
/// A question type: how it is authored, how an answer is read and graded, and what a trainee
/// sees. Code plugins register their own with <see cref="Modules.IModuleBuilder.AddQuestionType"/>;
/// GIFT files use them as <c>::title:: text {@type-id body}</c>.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic: the same answer always gets the same grade.</remarks>
public interface IQuestionType
{
    /// <summary>
    /// The type's id, unique across all modules, in lowercase letters, digits, <c>.</c> and
    /// <c>-</c>, e.g. <c>mopa.map-point</c>.
    /// </summary>
    string Id { get; }

    /// <summary>
    /// The JSON shape of an answer in an answer sheet, for documentation and error messages,
    /// e.g. <c>{ "lat": number, "lon": number }</c>.
    /// </summary>
    string AnswerFormat { get; }

    /// <summary>Builds a question from its GIFT draft.</summary>
    /// <param name="draft">The common parts and the type-specific body.</param>
    /// <returns>The question, whose <see cref="Question.Type"/> is <see cref="Id"/>.</returns>
    /// <exception cref="QuestionFormatException">The body is not valid for this type.</exception>
    Question Parse(QuestionDraft draft);

    /// <summary>Reads a trainee's answer from an answer sheet.</summary>
    /// <param name="question">The question answered.</param>
    /// <param name="answer">The JSON value from the sheet.</param>
    /// <returns>The answer in the form <see cref="Grade"/> takes.</returns>
    /// <exception cref="AnswerFormatException">The value does not have the documented shape.</exception>
    object ReadAnswer(Question question, JsonElement answer);

    /// <summary>Grades an answer read by <see cref="ReadAnswer"/>.</summary>
    /// <param name="question">The question answered.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The grade.</returns>
    QuestionGrade Grade(Question question, object answer);

    /// <summary>What a trainee sees before answering: never the answer key.</summary>
    /// <param name="question">The question.</param>
    /// <param name="language">The trainee's language (<c>fr</c> or <c>en</c>).</param>
    /// <returns>The presentation.</returns>
    QuestionPresentation Present(Question question, string language);
}
