using System.Globalization;
using System.Net;
using System.Text.Json;
using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <content>Rendering in a web host: one number field in euros; a decimal comma is accepted.</content>
public sealed partial class NetRateQuestionType
{
    /// <inheritdoc />
    public QuestionHtml RenderHtml(QuestionPresentation presentation, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var previous = context.PreviousAnswer is { ValueKind: JsonValueKind.Number } number ? number.GetDouble().ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;
        var label = context.Language == "en" ? "Price in euros" : "Prix en euros";
        return new QuestionHtml(
            $"<label>{WebUtility.HtmlEncode(label)} <input type=\"number\" step=\"0.01\" min=\"0\" inputmode=\"decimal\" name=\"{WebUtility.HtmlEncode(context.FieldName("price"))}\" value=\"{previous}\" /> €</label>");
    }

    /// <inheritdoc />
    public JsonElement? ReadForm(QuestionPresentation presentation, QuestionFormValues form, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var text = form.Get(context.FieldName("price"));
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text.Replace(',', '.').Replace("€", string.Empty, StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var price) && double.IsFinite(price)
            ? JsonSerializer.SerializeToElement(price)
            : throw new AnswerFormatException(context.Language == "en" ? $"'{text}' is not a price (e.g. 97.56)." : $"« {text} » n'est pas un prix (par exemple 97,56).");
    }
}
