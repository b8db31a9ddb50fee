namespace Prb.Events.Hosting;

/// <summary>
/// Where writers (an editing API, an importer) read and write events one by one, with optimistic concurrency; the
/// catalogue (<see cref="IEventCatalog"/>) over the same storage shows the result to readers.
/// </summary>
/// <remarks>
/// <para>A replacement or a deletion names the <see cref="EventStoreVersion"/> it read. When the event changed in
/// between, nothing is written and the result is <see cref="EventStoreStatus.Conflict"/>: of any number of writers that
/// read one version, exactly one succeeds. Conflicts, missing events and invalid events are results, never exceptions;
/// an exception means the storage could not be reached or failed, and then the previous version stays in place.</para>
/// <para>A store writes the event's document as <see cref="EventDocumentSerializer.WriteUtf8(Event)"/> gives it, and
/// only events without validation errors. Implementations are safe under concurrent calls.</para>
/// </remarks>
public interface IEventStore
{
    /// <summary>Gets an event as stored.</summary>
    /// <param name="slug">The event's slug.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored event, or null when there is none with that slug.</returns>
    Task<StoredEventDocument?> GetAsync(Slug slug, CancellationToken cancellationToken = default);

    /// <summary>Adds an event whose slug is not taken.</summary>
    /// <param name="event">The event.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written.</param>
    /// <returns><see cref="EventStoreStatus.Created"/> with the new version, <see cref="EventStoreStatus.AlreadyExists"/>
    /// with the current one, or <see cref="EventStoreStatus.Invalid"/>.</returns>
    Task<EventStoreResult> CreateAsync(Event @event, CancellationToken cancellationToken = default);

    /// <summary>Replaces the event with the same slug, if it is still at the version the caller read.</summary>
    /// <param name="event">The new version of the event.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is written.</param>
    /// <returns><see cref="EventStoreStatus.Replaced"/> with the new version, <see cref="EventStoreStatus.Conflict"/>
    /// with the current one, <see cref="EventStoreStatus.NotFound"/> or <see cref="EventStoreStatus.Invalid"/>.</returns>
    Task<EventStoreResult> ReplaceAsync(Event @event, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes an event, if it is still at the version the caller read.</summary>
    /// <param name="slug">The event's slug.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="cancellationToken">Cancels the call; nothing is deleted.</param>
    /// <returns><see cref="EventStoreStatus.Deleted"/>, <see cref="EventStoreStatus.Conflict"/> with the current
    /// version, or <see cref="EventStoreStatus.NotFound"/>.</returns>
    Task<EventStoreResult> DeleteAsync(Slug slug, EventStoreVersion expectedVersion, CancellationToken cancellationToken = default);
}
