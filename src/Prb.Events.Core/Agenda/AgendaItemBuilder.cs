namespace Prb.Events;

/// <summary>Sets the optional values of an agenda item added through <see cref="EventBuilder"/>.</summary>
public sealed class AgendaItemBuilder
{
    private readonly AgendaItemId _id;
    private readonly AgendaItemKind _kind;
    private readonly string _title;
    private readonly EventTime _start;
    private readonly EventTime _end;
    private readonly List<PersonId> _speakers = [];
    private string? _description;
    private string? _room;
    private string? _track;
    private AgendaItemStatus _status;
    private int _revision;

    internal AgendaItemBuilder(AgendaItemId id, AgendaItemKind kind, string title, EventTime start, EventTime end)
    {
        _id = id;
        _kind = kind;
        _title = title;
        _start = start;
        _end = end;
    }

    internal List<Person> PeopleToAdd { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder Described(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Sets the room.</summary>
    /// <param name="room">The room.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder InRoom(string? room)
    {
        _room = room;
        return this;
    }

    /// <summary>Sets the track.</summary>
    /// <param name="track">The track.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder OnTrack(string? track)
    {
        _track = track;
        return this;
    }

    /// <summary>Adds speakers, adding each person to the event's document when not there yet.</summary>
    /// <param name="speakers">The people.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder By(params Person[] speakers)
    {
        ArgumentNullException.ThrowIfNull(speakers);
        foreach (var speaker in speakers)
        {
            ArgumentNullException.ThrowIfNull(speaker, nameof(speakers));
            PeopleToAdd.Add(speaker);
            _speakers.Add(speaker.Id);
        }

        return this;
    }

    /// <summary>Adds speakers already in the event's document.</summary>
    /// <param name="speakerIds">Their ids.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder By(params PersonId[] speakerIds)
    {
        ArgumentNullException.ThrowIfNull(speakerIds);
        _speakers.AddRange(speakerIds);
        return this;
    }

    /// <summary>Sets the status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder WithStatus(AgendaItemStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Sets the revision.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>This builder.</returns>
    public AgendaItemBuilder AtRevision(int revision)
    {
        _revision = revision;
        return this;
    }

    internal AgendaItem Build() =>
        new(_id, _kind, _title, _start, _end, _description, _room, _track, _speakers, _status, _revision);
}
