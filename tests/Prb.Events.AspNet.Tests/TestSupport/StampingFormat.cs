using System.Globalization;
using System.Text;
using NodaTime;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>A format that writes what it was asked to write and as of when: <c>event slug @ instant</c>,
/// <c>item slug/id @ instant</c>, <c>feed slug slug @ instant</c>; counts its writes.</summary>
public sealed class StampingFormat(string name = "stamp") : IEventExportFormat
{
    private int _writes;

    public int Writes => _writes;

    public string Name => name;

    public string MediaType => "text/plain; charset=utf-8";

    public string FileExtension => "." + name;

    public EventExportScopes Scopes => EventExportScopes.All;

    public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
        WriteEventAsync(@event, Instant.MinValue, destination, cancellationToken);

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAgendaItemAsync(@event, itemId, Instant.MinValue, destination, cancellationToken);

    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        WriteFeedAsync(feed, Instant.MinValue, destination, cancellationToken);

    public ValueTask WriteEventAsync(Event @event, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync($"event {@event.Slug.Value}", lastModified, destination, cancellationToken);

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync($"item {@event.Slug.Value}/{itemId.Value}", lastModified, destination, cancellationToken);

    public ValueTask WriteFeedAsync(EventFeed feed, Instant lastModified, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync("feed " + string.Join(' ', feed.Events.Select(e => e.Slug.Value)), lastModified, destination, cancellationToken);

    private async ValueTask WriteAsync(string what, Instant lastModified, Stream destination, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        await destination.WriteAsync(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{what} @ {lastModified}")), cancellationToken);
    }
}
