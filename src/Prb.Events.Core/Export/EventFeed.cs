using Prb.Events.Internal;

namespace Prb.Events.Export;

/// <summary>The events of one feed, in the order they are to be written, and what the feed is called.</summary>
/// <remarks>Immutable. A host builds one per feed it serves (the whole catalogue, or a filtered view of it).</remarks>
public sealed class EventFeed
{
    /// <summary>Initializes a feed.</summary>
    /// <param name="events">The events, in order; copied. May be empty: an empty feed is a valid feed.</param>
    /// <param name="title">The feed's own title, such as the name a calendar shows for a subscription; null leaves it to the format's options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="events"/> holds a null event, or <paramref name="title"/> is blank or breaks the text rules of the model.</exception>
    public EventFeed(IEnumerable<Event> events, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        Events = Preconditions.CheckElements(events, nameof(events));
        Title = Preconditions.CheckOptionalText(title, nameof(title));
        Preconditions.CheckArgument(title is null || !string.IsNullOrWhiteSpace(title), nameof(title), "A feed title cannot be blank.");
    }

    /// <summary>Gets the events, in order.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>Gets the feed's title, or null.</summary>
    public string? Title { get; }
}
