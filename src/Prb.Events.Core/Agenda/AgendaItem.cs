using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>One item of an event's agenda: a lecture, a break, an award ceremony, a concert.</summary>
/// <remarks>
/// Times are local to the event's zone. The constructor keeps what makes an item an item; whether its times are
/// in order, inside the event's days and free of overlaps is reported by <see cref="EventValidator"/>.
/// </remarks>
public sealed class AgendaItem
{
    /// <summary>Initializes an agenda item.</summary>
    /// <param name="id">The item's stable id within the event.</param>
    /// <param name="kind">What happens.</param>
    /// <param name="title">The title.</param>
    /// <param name="start">When it starts, in the event's zone.</param>
    /// <param name="end">When it ends, in the event's zone.</param>
    /// <param name="description">A longer description; optional.</param>
    /// <param name="room">The room; optional. Items in the same room must not overlap.</param>
    /// <param name="track">The track; optional.</param>
    /// <param name="speakers">The people who speak or perform.</param>
    /// <param name="status">Whether the item takes place as announced.</param>
    /// <param name="revision">The item's revision, starting at 0 and only going up.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined, or <paramref name="revision"/> is negative.</exception>
    public AgendaItem(
        AgendaItemId id,
        AgendaItemKind kind,
        string title,
        EventTime start,
        EventTime end,
        string? description = null,
        string? room = null,
        string? track = null,
        IEnumerable<PersonId>? speakers = null,
        AgendaItemStatus status = AgendaItemStatus.Scheduled,
        int revision = 0)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckDefined(status, nameof(status));
        Preconditions.CheckArgumentRange(revision >= 0, nameof(revision), revision, "A revision must not be negative.");
        Id = id;
        Kind = kind;
        Title = Preconditions.CheckText(title, nameof(title));
        Start = start;
        End = end;
        Description = Preconditions.CheckOptionalText(description, nameof(description));
        Room = Preconditions.CheckOptionalText(room, nameof(room));
        Track = Preconditions.CheckOptionalText(track, nameof(track));
        Speakers = Preconditions.CheckElements(speakers, nameof(speakers));
        Status = status;
        Revision = revision;
    }

    /// <summary>Gets the item's stable id.</summary>
    public AgendaItemId Id { get; }

    /// <summary>Gets what happens.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets when the item starts, in the event's zone.</summary>
    public EventTime Start { get; }

    /// <summary>Gets when the item ends, in the event's zone.</summary>
    public EventTime End { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the room, or null.</summary>
    public string? Room { get; }

    /// <summary>Gets the track, or null.</summary>
    public string? Track { get; }

    /// <summary>Gets the people who speak or perform.</summary>
    public IReadOnlyList<PersonId> Speakers { get; }

    /// <summary>Gets whether the item takes place as announced.</summary>
    public AgendaItemStatus Status { get; }

    /// <summary>Gets the item's revision.</summary>
    public int Revision { get; }

    /// <summary>Gets whether the item is a break of any kind.</summary>
    public bool IsBreak => Kind is AgendaItemKind.CoffeeBreak or AgendaItemKind.LunchBreak or AgendaItemKind.Break;

    /// <summary>Returns a copy of this item with new times, marked <see cref="AgendaItemStatus.Rescheduled"/> and with the next revision.</summary>
    /// <param name="start">The new start.</param>
    /// <param name="end">The new end.</param>
    /// <returns>The rescheduled item.</returns>
    public AgendaItem Reschedule(EventTime start, EventTime end) =>
        new(Id, Kind, Title, start, end, Description, Room, Track, Speakers, AgendaItemStatus.Rescheduled, Revision + 1);

    /// <summary>Returns a copy of this item marked <see cref="AgendaItemStatus.Cancelled"/>, with the next revision.</summary>
    /// <returns>The cancelled item.</returns>
    public AgendaItem Cancel() =>
        new(Id, Kind, Title, Start, End, Description, Room, Track, Speakers, AgendaItemStatus.Cancelled, Revision + 1);

    /// <summary>Returns the title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
