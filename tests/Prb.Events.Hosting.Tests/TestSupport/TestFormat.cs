using Prb.Events.Export;

namespace Prb.Events.Hosting.Tests.TestSupport;

/// <summary>An export format whose name, media type, extension and scopes a test chooses; it writes one marker byte.</summary>
public sealed class TestFormat(
    string name, string extension = ".x", EventExportScopes scopes = EventExportScopes.Event, string? mediaType = "application/x-test") : IEventExportFormat
{
    public string Name => name;

    public string MediaType => mediaType!;

    public string FileExtension => extension;

    public EventExportScopes Scopes => scopes;

    public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
        destination.WriteAsync(new byte[] { (byte)'e' }, cancellationToken);

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
        destination.WriteAsync(new byte[] { (byte)'a' }, cancellationToken);

    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        destination.WriteAsync(new byte[] { (byte)'f' }, cancellationToken);
}
