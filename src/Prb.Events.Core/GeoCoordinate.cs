using System.Globalization;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A WGS 84 position: latitude and longitude in degrees.</summary>
public readonly record struct GeoCoordinate
{
    /// <summary>Initializes a position.</summary>
    /// <param name="latitude">Degrees north, from −90 to 90.</param>
    /// <param name="longitude">Degrees east, from −180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not a finite number.</exception>
    public GeoCoordinate(double latitude, double longitude)
    {
        Preconditions.CheckArgumentRange(double.IsFinite(latitude) && latitude is >= -90 and <= 90, nameof(latitude), latitude,
            "Latitude must be a number from -90 to 90 degrees.");
        Preconditions.CheckArgumentRange(double.IsFinite(longitude) && longitude is >= -180 and <= 180, nameof(longitude), longitude,
            "Longitude must be a number from -180 to 180 degrees.");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets the latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east.</summary>
    public double Longitude { get; }

    /// <summary>Formats the position as <c>latitude;longitude</c> with invariant digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:R};{Longitude:R}");
}
