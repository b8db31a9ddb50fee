using System.Text;
using NodaTime.Text;
using Prb.Events.Export;

namespace Prb.Events.AspNet.Tests.TestSupport;

/// <summary>A third party's format, known to no package: the agenda as RFC 4180 CSV, one row per scheduled item,
/// written for an event, for one of its items, and for a feed of many events.</summary>
public sealed class CsvAgendaFormat : IEventExportFormat
{
    private const string Header = "event,item,start,end,title\r\n";
    private static readonly OffsetDateTimePattern Iso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>");
    private int _writes;

    public int Writes => _writes;

    public string Name => "csv";

    public string MediaType => "text/csv; charset=utf-8; header=present";

    public string FileExtension => ".csv";

    public EventExportScopes Scopes => EventExportScopes.All;

    public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync([@event], null, destination, cancellationToken);

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default)
    {
        if (@event.FindAgendaItem(itemId) is null)
        {
            throw new ArgumentException($"No agenda item '{itemId}'.", nameof(itemId));
        }

        return WriteAsync([@event], itemId, destination, cancellationToken);
    }

    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync(feed.Events, null, destination, cancellationToken);

    private async ValueTask WriteAsync(IEnumerable<Event> events, AgendaItemId? only, Stream destination, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        var text = new StringBuilder(Header);
        foreach (var e in events)
        {
            foreach (var item in EventScheduler.Default.Schedule(e).Items)
            {
                if (only is { } id && item.Item.Id != id)
                {
                    continue;
                }

                text.Append(Field(e.Slug.Value)).Append(',').Append(Field(item.Item.Id.Value)).Append(',')
                    .Append(Iso.Format(item.Start.ToOffsetDateTime())).Append(',').Append(Iso.Format(item.End.ToOffsetDateTime())).Append(',')
                    .Append(Field(item.Item.Title)).Append("\r\n");
            }
        }

        await destination.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
