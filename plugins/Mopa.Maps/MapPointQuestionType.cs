using System.Globalization;
using System.Text.Json;
using Mopa.Common;
using Training.Sdk.Questions;

namespace Mopa.Maps;

/// <summary>
/// "Place the point on the map": the trainee clicks a place on a map of the area; the answer is
/// graded by its great-circle distance to the target.
/// <para>GIFT body (fields in any order, separated by spaces):</para>
/// <code>
/// ::Office de Pauillac:: Placez l'office de tourisme de Pauillac.
/// {@mopa.map-point target=45.1990,-0.7460 radius=2km zero=30km map=gironde ####Feedback.}
/// </code>
/// <list type="bullet">
/// <item><c>target=lat,lon</c> (required): decimal degrees with a dot, latitude first; it must lie within the map.</item>
/// <item><c>radius=</c> (required): full credit within this distance, <c>500m</c> or <c>2km</c>.</item>
/// <item><c>zero=</c> (required): no credit from this distance on; must be more than <c>radius</c>.
/// Between the two, credit decreases linearly: (zero − d) / (zero − radius).</item>
/// <item><c>map=</c> (optional, default <c>gironde</c>): the map area (see <see cref="MapArea.All"/>).</item>
/// </list>
/// <para>The feedback is in the language of the GIFT file (<see cref="QuestionDraft.Language"/>):
/// French for <c>final.gift</c>, English for <c>final.en.gift</c>.</para>
/// <para>Answer: <c>{ "lat": number, "lon": number }</c>, decimal degrees. Distances use the haversine
/// formula on a sphere of radius 6,371,008.8 m (the mean Earth radius). The feedback gives the
/// distance and the direction of the expected place from the trainee's point.</para>
/// <para>Presentation <c>Data</c>: <c>map</c>, <c>mapTitle</c>, <c>mapImage</c> (path under the
/// module folder), <c>bounds</c> (<c>south,west,north,east</c>), <c>projection</c>
/// (<c>equirectangular</c>), <c>radius</c> (metres): never the target.</para>
/// </summary>
public sealed partial class MapPointQuestionType : IQuestionType, IQuestionHtmlRenderer
{
    /// <summary>The type id used after <c>{@</c> in GIFT.</summary>
    public const string TypeId = "mopa.map-point";

    /// <summary>The mean Earth radius, in metres (IUGG).</summary>
    public const double EarthRadiusMeters = 6_371_008.8;

    private static readonly string[] s_fields = ["target", "radius", "zero", "map"];
    private static readonly string[] s_required = ["target", "radius", "zero"];
    private static readonly string[] s_directionsFr = ["au nord", "au nord-est", "à l'est", "au sud-est", "au sud", "au sud-ouest", "à l'ouest", "au nord-ouest"];
    private static readonly string[] s_directionsEn = ["north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"];

    /// <inheritdoc />
    public string Id => TypeId;

    /// <inheritdoc />
    public string AnswerFormat => "an object { \"lat\": number, \"lon\": number } in decimal degrees, e.g. { \"lat\": 44.8378, \"lon\": -0.5792 }";

    /// <inheritdoc />
    public Question Parse(QuestionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fields = BodyReader.Read(draft.Body, s_fields, s_required);
        var area = MapArea.Gironde;
        if (fields.TryGetValue("map", out var mapField))
        {
            area = MapArea.All.FirstOrDefault(a => a.Id == mapField.Value)
                ?? throw new QuestionFormatException($"Unknown map '{mapField.Value}'. The maps are: {string.Join(", ", MapArea.All.Select(a => a.Id))}.", mapField.ValueOffset);
        }

        var target = fields["target"];
        var parts = target.Value.Split(',');
        if (parts.Length != 2)
        {
            throw new QuestionFormatException($"'target' must be 'latitude,longitude' in decimal degrees with dots, e.g. 'target=44.8378,-0.5792', but is '{target.Value}'.", target.ValueOffset);
        }

        var latitude = BodyReader.Number(target, parts[0].Trim());
        var longitude = BodyReader.Number(target, parts[1].Trim(), parts[0].Length + 1);
        if (!area.Contains(latitude, longitude))
        {
            throw new QuestionFormatException(
                $"The target {target.Value} is outside the '{area.Id}' map ({area.BoundsText}, south,west,north,east): the trainee could not place it. Check the order (latitude first) and the signs.",
                target.ValueOffset);
        }

        var radius = BodyReader.Distance(fields["radius"]);
        var zero = BodyReader.Distance(fields["zero"]);
        if (zero <= radius)
        {
            throw new QuestionFormatException($"'zero' ({fields["zero"].Value}) must be more than 'radius' ({fields["radius"].Value}).", fields["zero"].ValueOffset);
        }

        return new MapPointQuestion
        {
            Id = draft.Id,
            Title = draft.Title,
            Text = draft.Text,
            Format = draft.Format,
            GeneralFeedback = draft.GeneralFeedback,
            Tags = draft.Tags,
            Category = draft.Category,
            TargetLatitude = latitude,
            TargetLongitude = longitude,
            RadiusMeters = radius,
            ZeroMeters = zero,
            Area = area,
            Language = draft.Language,
        };
    }

    /// <inheritdoc />
    public object ReadAnswer(Question question, JsonElement answer)
    {
        _ = Cast(question);
        if (answer.ValueKind != JsonValueKind.Object)
        {
            throw new AnswerFormatException($"Expected {AnswerFormat}, got a JSON {answer.ValueKind.ToString().ToLowerInvariant()}.");
        }

        double? latitude = null, longitude = null;
        foreach (var property in answer.EnumerateObject())
        {
            switch (property.Name)
            {
                case "lat":
                    latitude = Coordinate(property.Value, "lat", 90);
                    break;
                case "lon":
                    longitude = Coordinate(property.Value, "lon", 180);
                    break;
                default:
                    throw new AnswerFormatException($"Unexpected property '{property.Name}'. Expected {AnswerFormat}.");
            }
        }

        return latitude is { } lat && longitude is { } lon
            ? new MapPoint(lat, lon)
            : throw new AnswerFormatException($"Both 'lat' and 'lon' are required. Expected {AnswerFormat}.");
    }

    /// <inheritdoc />
    public QuestionGrade Grade(Question question, object answer)
    {
        var map = Cast(question);
        if (answer is not MapPoint point)
        {
            return QuestionGrade.FromFraction(0);
        }

        var distance = DistanceMeters(point.Latitude, point.Longitude, map.TargetLatitude, map.TargetLongitude);
        var fraction = distance <= map.RadiusMeters ? 1
            : distance >= map.ZeroMeters ? 0
            : (map.ZeroMeters - distance) / (map.ZeroMeters - map.RadiusMeters);
        var direction = Direction(point.Latitude, point.Longitude, map.TargetLatitude, map.TargetLongitude, map.Language);
        var lang = map.Language;
        var d = Distance(distance, lang);
        var r = Distance(map.RadiusMeters, lang);
        var z = Distance(map.ZeroMeters, lang);
        string feedback;
        if (lang == "en")
        {
            feedback = fraction >= 1 ? $"Well placed: your point is {d} from the expected place (full credit within {r})."
                : fraction > 0 ? $"Close: the expected place is {d} {direction} of your point. Full credit within {r}, none beyond {z}; you earn {Percent(fraction, lang)}."
                : $"Too far: the expected place is {d} {direction} of your point (no credit beyond {z}).";
        }
        else
        {
            feedback = fraction >= 1 ? $"Bien placé : votre point est à {d} du lieu attendu (plein crédit jusqu'à {r})."
                : fraction > 0 ? $"Presque : le lieu attendu est à {d} {direction} de votre point. Plein crédit jusqu'à {r}, aucun au-delà de {z} ; vous obtenez {Percent(fraction, lang)}."
                : $"Trop loin : le lieu attendu est à {d} {direction} de votre point (aucun crédit au-delà de {z}).";
        }

        return QuestionGrade.FromFraction(fraction, feedback);
    }

    /// <inheritdoc />
    public QuestionPresentation Present(Question question, string language)
    {
        var map = Cast(question);
        var en = language == "en";
        var radius = Distance(map.RadiusMeters, en ? "en" : "fr");
        return new QuestionPresentation
        {
            Id = map.Id,
            Type = TypeId,
            Title = map.Title,
            Text = map.Text,
            Format = map.Format,
            AnswerHint = en
                ? $"Click the map to place your point. Full credit within {radius} of the place, partial credit a little further."
                : $"Cliquez sur la carte pour placer votre point. Plein crédit à moins de {radius} du lieu, crédit partiel un peu au-delà.",
            Data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["map"] = map.Area.Id,
                ["mapTitle"] = en ? map.Area.TitleEn : map.Area.TitleFr,
                ["mapImage"] = map.Area.Image,
                ["bounds"] = map.Area.BoundsText,
                ["projection"] = "equirectangular",
                ["radius"] = map.RadiusMeters.ToString("0.###", CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>The great-circle distance between two points, in metres (haversine).</summary>
    /// <param name="lat1">The first latitude.</param>
    /// <param name="lon1">The first longitude.</param>
    /// <param name="lat2">The second latitude.</param>
    /// <param name="lon2">The second longitude.</param>
    /// <returns>The distance in metres.</returns>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = ToRadians(lat1);
        var phi2 = ToRadians(lat2);
        var dPhi = ToRadians(lat2 - lat1);
        var dLambda = ToRadians(lon2 - lon1);
        var h = (Math.Sin(dPhi / 2) * Math.Sin(dPhi / 2)) + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(dLambda / 2) * Math.Sin(dLambda / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;

    // The 8-point compass direction of the target as seen from the answer (initial bearing).
    private static string Direction(double fromLat, double fromLon, double toLat, double toLon, string language)
    {
        var phi1 = ToRadians(fromLat);
        var phi2 = ToRadians(toLat);
        var dLambda = ToRadians(toLon - fromLon);
        var y = Math.Sin(dLambda) * Math.Cos(phi2);
        var x = (Math.Cos(phi1) * Math.Sin(phi2)) - (Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(dLambda));
        var bearing = (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
        var sector = (int)Math.Round(bearing / 45, MidpointRounding.AwayFromZero) % 8;
        return language == "en" ? s_directionsEn[sector] : s_directionsFr[sector];
    }

    private static string Distance(double meters, string language) =>
        meters < 1000 ? $"{Math.Round(meters, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} m"
        : meters < 10_000 ? $"{TrimZero(BodyReader.Format(meters / 1000, language, 1))} km"
        : $"{BodyReader.Format(meters / 1000, language, 0)} km";

    private static string TrimZero(string number) =>
        number.EndsWith(".0", StringComparison.Ordinal) || number.EndsWith(",0", StringComparison.Ordinal) ? number[..^2] : number;

    private static string Percent(double fraction, string language) =>
        language == "en" ? $"{Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%"
        : $"{Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} %";

    private static double Coordinate(JsonElement value, string name, double limit)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw new AnswerFormatException($"'{name}' must be a JSON number in decimal degrees, got {value.GetRawText()}. Expected {{ \"lat\": number, \"lon\": number }}.");
        }

        return Math.Abs(number) <= limit
            ? number
            : throw new AnswerFormatException($"'{name}' must be between -{limit} and {limit} degrees, got {value.GetRawText()}. Expected {{ \"lat\": number, \"lon\": number }}.");
    }

    private static MapPointQuestion Cast(Question question) =>
        question as MapPointQuestion ?? throw new ArgumentException($"Question '{question?.Id}' is not a {TypeId} question.", nameof(question));
}

/// <summary>A point the trainee placed, in decimal degrees.</summary>
/// <param name="Latitude">The latitude.</param>
/// <param name="Longitude">The longitude.</param>
public sealed record MapPoint(double Latitude, double Longitude);
