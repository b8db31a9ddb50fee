using Prb.Events.Export;

namespace Prb.Events.Schedules;

/// <summary>What the conference-app schedule formats share: one conference per file (events only), its times resolved
/// by a <see cref="EventScheduler"/> into one schedule model, and the file written whole in memory before anything
/// reaches the destination.</summary>
/// <remarks>Derived by <see cref="ScheduleXmlExportFormat"/> and <see cref="ScheduleJsonExportFormat"/>.</remarks>
public abstract class ScheduleExportFormat : IEventExportFormat
{
    /// <summary>Initializes the format with the scheduler that resolves the event's local times.</summary>
    /// <param name="scheduler">The scheduler, such as one with the lenient policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheduler"/> is null.</exception>
    private protected ScheduleExportFormat(EventScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        Scheduler = scheduler;
    }

    /// <summary>Gets the scheduler that resolves the event's local times.</summary>
    public EventScheduler Scheduler { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string MediaType { get; }

    /// <inheritdoc />
    public abstract string FileExtension { get; }

    /// <inheritdoc />
    /// <remarks>A schedule is one conference: events only.</remarks>
    public EventExportScopes Scopes => EventExportScopes.Event;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The event cannot be represented (parameter <c>event</c>): its zone is
    /// unknown, a time cannot be resolved by <see cref="Scheduler"/>, two agenda items share an id, an item ends
    /// before it starts or lasts 100 hours or more, a speaker is not among the event's people, or the event is a series (<see cref="Event.IsSeries"/>: a schedule is one conference with its
    /// days, not a series of meetings). Nothing is written then. Also thrown when <paramref name="destination"/> is not writable.</exception>
    public async ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream is not writable.", nameof(destination));
        }

        // The document is built and written whole in memory first: nothing reaches the destination if it fails.
        var document = ScheduleDocument.Create(@event, Scheduler);
        using var buffer = new MemoryStream();
        Write(document, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default)
    {
        this.EnsureSupports(EventExportScopes.AgendaItem);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default)
    {
        this.EnsureSupports(EventExportScopes.Feed);
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes the resolved schedule in this format.</summary>
    private protected abstract void Write(ScheduleDocument document, Stream destination);
}
