namespace Prb.Events.Export;

/// <summary>What an <see cref="IEventExportFormat"/> can write: one event, one agenda item of an event, a feed of many events.</summary>
/// <remarks>A host offers a format only where it says it can be written: an HTTP host maps <c>{slug}.ext</c> for
/// <see cref="Event"/>, <c>{slug}/agenda/{item}.ext</c> for <see cref="AgendaItem"/> and <c>calendar.ext</c> for
/// <see cref="Feed"/>.</remarks>
[Flags]
public enum EventExportScopes
{
    /// <summary>Nothing; a format that writes nothing is refused when it is registered.</summary>
    None = 0,

    /// <summary>One whole event: <see cref="IEventExportFormat.WriteEventAsync(Event, Stream, CancellationToken)"/>.</summary>
    Event = 1,

    /// <summary>One agenda item of an event, such as "add this session to my calendar": <see cref="IEventExportFormat.WriteAgendaItemAsync(Event, AgendaItemId, Stream, CancellationToken)"/>.</summary>
    AgendaItem = 2,

    /// <summary>Many events in one output, such as a subscription feed: <see cref="IEventExportFormat.WriteFeedAsync(EventFeed, Stream, CancellationToken)"/>.</summary>
    Feed = 4,

    /// <summary>All three.</summary>
    All = Event | AgendaItem | Feed,
}
