using System.Text;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>A host's own export format: one line of text per event, counting how often it renders.</summary>
public sealed class CountingFormat : IEventExportFormat
{
    private int _writes;

    public int Writes => _writes;

    public string Name => "txt";

    public string MediaType => "text/plain; charset=utf-8";

    public string FileExtension => ".txt";

    public EventExportScopes Scopes => EventExportScopes.Event;

    public async ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        await destination.WriteAsync(Encoding.UTF8.GetBytes($"{@event.FullTitle}\n"), cancellationToken);
    }

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
