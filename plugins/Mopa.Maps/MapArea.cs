using System.Globalization;

namespace Mopa.Maps;

/// <summary>
/// A map area a trainee places points on: its geographic bounds and the image drawn for them.
/// The image is an equirectangular drawing: x grows linearly with longitude from
/// <see cref="West"/> to <see cref="East"/>, y grows linearly with latitude from
/// <see cref="North"/> (top) to <see cref="South"/> (bottom).
/// </summary>
/// <param name="Id">The area id used in GIFT (<c>map=gironde</c>).</param>
/// <param name="South">The southern bound, in degrees.</param>
/// <param name="West">The western bound, in degrees.</param>
/// <param name="North">The northern bound, in degrees.</param>
/// <param name="East">The eastern bound, in degrees.</param>
/// <param name="Image">The image, relative to the module folder.</param>
/// <param name="TitleFr">The area's name in French.</param>
/// <param name="TitleEn">The area's name in English.</param>
public sealed record MapArea(string Id, double South, double West, double North, double East, string Image, string TitleFr, string TitleEn)
{
    /// <summary>Gironde and the Aquitaine coast, from Royan to the north of the Landes, Bordeaux to Sainte-Foy-la-Grande.</summary>
    public static MapArea Gironde { get; } =
        new("gironde", 44.10, -1.35, 45.65, 0.35, "content/maps/gironde.svg", "Gironde et côte aquitaine", "Gironde and the Aquitaine coast");

    /// <summary>The areas questions may use, by id.</summary>
    public static IReadOnlyList<MapArea> All { get; } = [Gironde];

    /// <summary>The bounds as <c>south,west,north,east</c>, with dots.</summary>
    public string BoundsText => string.Join(',', new[] { South, West, North, East }.Select(v => v.ToString("0.0###", CultureInfo.InvariantCulture)));

    /// <summary>Tells whether a point lies within the bounds.</summary>
    /// <param name="latitude">The latitude.</param>
    /// <param name="longitude">The longitude.</param>
    /// <returns>True when inside (bounds included).</returns>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && longitude >= West && longitude <= East;
}
