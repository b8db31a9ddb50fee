namespace Prb.Events.Hosting;

/// <summary>
/// Where a host's events come from. The default, <see cref="FolderEventCatalog"/>, reads JSON event documents from a
/// folder; a host replaces it by registering its own implementation before or after <c>AddPrbEvents()</c>.
/// </summary>
/// <remarks>Implementations must be safe under concurrent calls and return immutable snapshots, so that one request
/// sees one consistent catalogue. A failure to read one event must not fail the catalogue: log it and leave that event out.</remarks>
public interface IEventCatalog
{
    /// <summary>Gets the current snapshot of the catalogue.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot.</returns>
    ValueTask<EventCatalogSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);
}
