using System.Net;
using System.Text.Json;
using Training.Sdk.Questions;

namespace Mopa.SocialNetworks;

/// <content>Rendering in a web host: one text field after the page address prefix.</content>
public sealed partial class PageUsernameQuestionType
{
    /// <inheritdoc />
    public QuestionHtml RenderHtml(QuestionPresentation presentation, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(context);
        var previous = context.PreviousAnswer is { ValueKind: JsonValueKind.String } text ? text.GetString() ?? string.Empty : string.Empty;
        var max = presentation.Data.GetValueOrDefault("maxLength") ?? "50";
        var label = context.Language == "en" ? "Username" : "Nom d'utilisateur";
        return new QuestionHtml(
            $"<label>{WebUtility.HtmlEncode(label)} <span class=\"prefix\">facebook.com/</span>" +
            $"<input type=\"text\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"{WebUtility.HtmlEncode(max)}\" name=\"{WebUtility.HtmlEncode(context.FieldName("username"))}\" value=\"{WebUtility.HtmlEncode(previous)}\" /></label>");
    }

    /// <inheritdoc />
    public JsonElement? ReadForm(QuestionPresentation presentation, QuestionFormValues form, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        return form.Get(context.FieldName("username")) is { } username ? JsonSerializer.SerializeToElement(username) : null;
    }
}
