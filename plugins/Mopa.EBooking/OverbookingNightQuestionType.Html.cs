using System.Net;
using System.Text;
using System.Text.Json;
using Training.Sdk.Questions;

namespace Mopa.EBooking;

/// <content>Rendering in a web host: the stays as a table, then a date field for the overbooked night.</content>
public sealed partial class OverbookingNightQuestionType
{
    /// <inheritdoc />
    public QuestionHtml RenderHtml(QuestionPresentation presentation, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(context);
        var en = context.Language == "en";
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<table class=\"stays\"><thead><tr>")
            .Append($"<th scope=\"col\">{E(en ? "Booking" : "Réservation")}</th><th scope=\"col\">{E(en ? "Arrival" : "Arrivée")}</th><th scope=\"col\">{E(en ? "Departure" : "Départ")}</th>")
            .Append("</tr></thead><tbody>");
        foreach (var line in (presentation.Data.GetValueOrDefault("stays") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('|');
            if (parts.Length == 3)
            {
                html.Append($"<tr><td>{E(parts[0])}</td><td>{E(parts[1])}</td><td>{E(parts[2])}</td></tr>");
            }
        }

        html.Append("</tbody></table>");
        if (presentation.Data.GetValueOrDefault("units") is { } units)
        {
            html.Append($"<p>{E(en ? $"Units available each night: {units}." : $"Unités disponibles chaque nuit : {units}.")}</p>");
        }

        var previous = context.PreviousAnswer is { ValueKind: JsonValueKind.String } text ? text.GetString() ?? string.Empty : string.Empty;
        html.Append($"<label>{E(en ? "Night starting on" : "Nuit commençant le")} <input type=\"date\" name=\"{E(context.FieldName("night"))}\" value=\"{E(previous)}\" /></label>");
        return new QuestionHtml(html.ToString());
    }

    /// <inheritdoc />
    public JsonElement? ReadForm(QuestionPresentation presentation, QuestionFormValues form, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        return form.Get(context.FieldName("night")) is { } night ? JsonSerializer.SerializeToElement(night) : null;
    }
}
