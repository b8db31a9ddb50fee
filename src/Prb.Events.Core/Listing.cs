using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>The listing that announced an event, such as a news post on a conference listing.</summary>
public sealed class Listing
{
    /// <summary>Initializes a listing.</summary>
    /// <param name="dateAdded">The date the listing was added ("Data dodania").</param>
    /// <param name="submittedBy">Who sent it in ("Nadesłał"); optional.</param>
    /// <param name="featured">Whether the listing is featured ("Polecamy").</param>
    /// <param name="publisherId">The organisation that publishes the listing; optional.</param>
    /// <param name="url">The absolute URL of the listing; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not absolute.</exception>
    public Listing(LocalDate dateAdded, string? submittedBy = null, bool featured = false, OrganizationId? publisherId = null, Uri? url = null)
    {
        DateAdded = EventLimits.CheckDate(dateAdded, nameof(dateAdded));
        SubmittedBy = Preconditions.CheckOptionalText(submittedBy, nameof(submittedBy));
        Featured = featured;
        PublisherId = publisherId;
        Url = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
    }

    /// <summary>Gets the date the listing was added.</summary>
    public LocalDate DateAdded { get; }

    /// <summary>Gets who sent the listing in, or null.</summary>
    public string? SubmittedBy { get; }

    /// <summary>Gets whether the listing is featured.</summary>
    public bool Featured { get; }

    /// <summary>Gets the publisher of the listing, or null.</summary>
    public OrganizationId? PublisherId { get; }

    /// <summary>Gets the URL of the listing, or null.</summary>
    public Uri? Url { get; }
}
