using System.Globalization;
using System.Net;
using System.Text.Json;
using Training.Sdk.Questions;

namespace Mopa.Maps;

/// <content>
/// Rendering in a web host: the module's own map image (no tile server, works offline) with two
/// number fields, latitude and longitude. <c>content/scripts/map-point.js</c> turns a click on the
/// image into those two numbers using the bounds; without script, the trainee types them.
/// </content>
public sealed partial class MapPointQuestionType
{
    /// <summary>The script that makes the map clickable, relative to the module folder.</summary>
    public const string Script = "content/scripts/map-point.js";

    /// <inheritdoc />
    public QuestionHtml RenderHtml(QuestionPresentation presentation, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(context);
        var en = context.Language == "en";
        var data = presentation.Data;
        var area = MapArea.All.FirstOrDefault(a => a.Id == data.GetValueOrDefault("map")) ?? MapArea.Gironde;
        var title = data.GetValueOrDefault("mapTitle") ?? (en ? area.TitleEn : area.TitleFr);
        var image = context.AssetUrl(data.GetValueOrDefault("mapImage") ?? area.Image);
        var (lat, lon) = Previous(context.PreviousAnswer);
        string E(string text) => WebUtility.HtmlEncode(text);
        string N(double value) => value.ToString("0.0####", CultureInfo.InvariantCulture);
        var html =
            $"<div class=\"map-point\" data-map-point=\"\" data-bounds=\"{E(area.BoundsText)}\" data-projection=\"equirectangular\">" +
            "<figure>" +
            $"<div class=\"map-frame\"><img src=\"{E(image)}\" alt=\"{E(en ? $"Map: {title}" : $"Carte : {title}")}\" data-map-image=\"\" />" +
            "<span class=\"map-marker\" data-map-marker=\"\" hidden=\"\"></span></div>" +
            $"<figcaption>{E(title)} ({E(en ? "south, west, north, east" : "sud, ouest, nord, est")}: {E(area.BoundsText)})</figcaption>" +
            "</figure>" +
            "<div class=\"coordinates\">" +
            Field(context.FieldName("lat"), en ? "Latitude (decimal degrees)" : "Latitude (degrés décimaux)", area.South, area.North, lat is { } a ? N(a) : string.Empty, "lat") +
            Field(context.FieldName("lon"), en ? "Longitude (decimal degrees)" : "Longitude (degrés décimaux)", area.West, area.East, lon is { } o ? N(o) : string.Empty, "lon") +
            "</div></div>";
        return new QuestionHtml(html, [Script]);

        string Field(string name, string label, double min, double max, string value, string role) =>
            $"<label>{E(label)} <input type=\"number\" step=\"any\" min=\"{N(min)}\" max=\"{N(max)}\" name=\"{E(name)}\" value=\"{E(value)}\" data-map-{role}=\"\" /></label>";
    }

    /// <inheritdoc />
    public JsonElement? ReadForm(QuestionPresentation presentation, QuestionFormValues form, QuestionRenderContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        var en = context.Language == "en";
        var latText = form.Get(context.FieldName("lat"));
        var lonText = form.Get(context.FieldName("lon"));
        if (latText is null && lonText is null)
        {
            return null;
        }

        if (latText is null || lonText is null)
        {
            throw new AnswerFormatException(en
                ? "Give both the latitude and the longitude (click the map, or type both numbers)."
                : "Indiquez la latitude et la longitude (cliquez sur la carte, ou saisissez les deux nombres).");
        }

        var latitude = Number(latText, en);
        var longitude = Number(lonText, en);
        return JsonSerializer.SerializeToElement(new Dictionary<string, double> { ["lat"] = latitude, ["lon"] = longitude });
    }

    private static double Number(string text, bool en)
    {
        // French keyboards type a decimal comma; both are accepted.
        return double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new AnswerFormatException(en
                ? $"'{text}' is not a number in decimal degrees (e.g. 44.8378)."
                : $"« {text} » n'est pas un nombre en degrés décimaux (par exemple 44.8378).");
    }

    private static (double? Latitude, double? Longitude) Previous(JsonElement? answer)
    {
        if (answer is not { ValueKind: JsonValueKind.Object } value)
        {
            return (null, null);
        }

        static double? Read(JsonElement value, string name) =>
            value.TryGetProperty(name, out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetDouble(out var d) ? d : null;

        return (Read(value, "lat"), Read(value, "lon"));
    }
}
