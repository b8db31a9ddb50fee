using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>Where an event takes place: a named place with an address, a position, and optionally an online link.</summary>
public sealed class Venue
{
    /// <summary>Initializes a venue.</summary>
    /// <param name="name">The name of the place.</param>
    /// <param name="address">The postal address, or null for an online-only event.</param>
    /// <param name="geo">The position, or null.</param>
    /// <param name="onlineUrl">The absolute URL of an online stream or meeting, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="onlineUrl"/> is not absolute.</exception>
    public Venue(string name, PostalAddress? address = null, GeoCoordinate? geo = null, Uri? onlineUrl = null)
    {
        Name = Preconditions.CheckText(name, nameof(name));
        Address = address;
        Geo = geo;
        OnlineUrl = Preconditions.CheckOptionalAbsoluteUri(onlineUrl, nameof(onlineUrl));
    }

    /// <summary>Gets the name of the place.</summary>
    public string Name { get; }

    /// <summary>Gets the postal address, or null.</summary>
    public PostalAddress? Address { get; }

    /// <summary>Gets the position, or null.</summary>
    public GeoCoordinate? Geo { get; }

    /// <summary>Gets the URL of the online stream or meeting, or null.</summary>
    public Uri? OnlineUrl { get; }

    /// <summary>Formats the venue as one line: its name, then its address when known.</summary>
    /// <returns>The venue text.</returns>
    public override string ToString() => Address is null ? Name : $"{Name}, {Address}";
}
