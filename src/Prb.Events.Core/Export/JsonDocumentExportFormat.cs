namespace Prb.Events.Export;

/// <summary>The event document format (<see cref="EventDocumentSerializer"/>) as an export format named <c>json</c>:
/// one event per document, so it writes events only.</summary>
public sealed class JsonDocumentExportFormat : IEventExportFormat
{
    /// <summary>Gets the shared instance.</summary>
    public static JsonDocumentExportFormat Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public string MediaType => "application/json; charset=utf-8";

    /// <inheritdoc />
    public string FileExtension => EventDocumentFormat.FileExtension;

    /// <inheritdoc />
    public EventExportScopes Scopes => EventExportScopes.Event;

    /// <inheritdoc />
    public async ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        ArgumentNullException.ThrowIfNull(destination);
        var bytes = EventDocumentSerializer.WriteUtf8(@event);
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
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
}
