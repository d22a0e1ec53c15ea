using System.Text.Json;

namespace Training.Sdk.Questions;

/// <summary>
/// An optional capability of a question type: rendering its answer area as HTML for a web host,
/// and reading the answer back from the posted form. A question type implements it beside
/// <see cref="IQuestionType"/> (on the same class); a host that finds no renderer shows a plain
/// text field with the presentation's <see cref="QuestionPresentation.AnswerHint"/>.
/// </summary>
/// <remarks>
/// <para>The host renders the question's title, text and hint; the renderer renders only the
/// inputs. Form field names must start with <see cref="QuestionRenderContext.FieldPrefix"/> (use
/// <see cref="QuestionRenderContext.FieldName"/>). Encode every text you write
/// (<see cref="System.Net.WebUtility.HtmlEncode(string)"/>): the host sanitizes the HTML anyway,
/// keeping form elements, images and <c>data-*</c> attributes but dropping scripts, event handlers
/// and styles; behaviour belongs in a script file the module ships, named in
/// <see cref="QuestionHtml.Scripts"/>.</para>
/// <para>Never put the answer key in the HTML: it is sent to the trainee's browser before they answer.</para>
/// </remarks>
public interface IQuestionHtmlRenderer
{
    /// <summary>Renders the inputs of a question.</summary>
    /// <param name="presentation">What the trainee may see (never the answer key).</param>
    /// <param name="context">Field names, language, asset URLs and the previous answer.</param>
    /// <returns>The HTML fragment and the scripts it needs.</returns>
    QuestionHtml RenderHtml(QuestionPresentation presentation, QuestionRenderContext context);

    /// <summary>
    /// Reads the answer from the posted form, in the JSON shape <see cref="IQuestionType.ReadAnswer"/>
    /// takes (its <see cref="IQuestionType.AnswerFormat"/>).
    /// </summary>
    /// <param name="presentation">The question as it was presented.</param>
    /// <param name="form">The posted form fields.</param>
    /// <param name="context">The same context as for rendering (field names, language).</param>
    /// <returns>The answer, or null when the trainee left the question unanswered.</returns>
    /// <exception cref="AnswerFormatException">The fields are filled but do not make an answer (say what to fix).</exception>
    JsonElement? ReadForm(QuestionPresentation presentation, QuestionFormValues form, QuestionRenderContext context);
}
