// Hosts the endpoints from the packages, then fetches the seed conference as .ics over real HTTP on loopback.
using NodaTime;
using System.Net;
using System.Text;
using Prb.Events;
using Prb.Events.Export;
using Prb.Events.Ical;

var eventsFolder = args[0];
var output = args[1];

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddPrbEvents(options => options.CatalogPath = eventsFolder).AddIcalendar().AddConferenceSchedules()
    .AddExportFormat(new TitlesCsv());
var app = builder.Build();
app.MapPrbEvents("/events");
await app.StartAsync();

var address = app.Urls.Single();
using var http = new HttpClient { BaseAddress = new Uri(address) };
var ics = await http.GetAsync("/events/prb-2011-11-09-wroclaw.ics");
ics.EnsureSuccessStatusCode();
if (ics.Content.Headers.ContentType?.MediaType != "text/calendar")
{
    throw new InvalidOperationException($"Expected text/calendar, got {ics.Content.Headers.ContentType}.");
}

var bytes = await ics.Content.ReadAsByteArrayAsync();
await File.WriteAllBytesAsync(output, bytes);
var text = System.Text.Encoding.UTF8.GetString(bytes);
if (!text.StartsWith("BEGIN:VCALENDAR\r\n", StringComparison.Ordinal) || !text.Contains("SUMMARY:Biblioteki w partnerstwach lokalnych", StringComparison.Ordinal))
{
    throw new InvalidOperationException("The .ics from the packaged endpoints is not the seed conference.");
}

// The same export straight from the packages' API, without a host.
var seed = EventDocumentSerializer.Read(await File.ReadAllTextAsync(Path.Combine(eventsFolder, "prb-2011-11-09-wroclaw.json")));
var direct = new IcalendarExporter(SystemClock.Instance).ToText(seed);
var list = await http.GetStringAsync("/events");
var schedule = await http.GetAsync("/events/prb-2011-11-09-wroclaw/schedule.xml");
schedule.EnsureSuccessStatusCode();

// A format of the user's own, from the packages' contract alone, gets every route with ETags and 304s.
foreach (var path in new[] { "/events/prb-2011-11-09-wroclaw.csv", "/events/prb-2011-11-09-wroclaw/agenda/przerwa-kawowa.csv", "/events/calendar.csv" })
{
    var csv = await http.GetAsync(path);
    csv.EnsureSuccessStatusCode();
    var body = await csv.Content.ReadAsStringAsync();
    if (csv.Content.Headers.ContentType?.MediaType != "text/csv" || !body.Contains("Przerwa kawowa", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"{path}: not the user's CSV ({csv.Content.Headers.ContentType}): {body}");
    }

    using var again = new HttpRequestMessage(HttpMethod.Get, path);
    again.Headers.IfNoneMatch.Add(csv.Headers.ETag!);
    if ((await http.SendAsync(again)).StatusCode != HttpStatusCode.NotModified)
    {
        throw new InvalidOperationException($"{path}: a matching If-None-Match was not answered with 304.");
    }
}

Console.WriteLine($"consumer: {address} served {bytes.Length} bytes of .ics, the list ({list.Length} chars) schedule.xml and its own CSV format at three routes; the direct export has {direct.Split("BEGIN:VEVENT").Length - 1} VEVENT(s).");
await app.StopAsync();

/// <summary>The user's own format: agenda titles as CSV, for an event, one item, and a feed.</summary>
internal sealed class TitlesCsv : IEventExportFormat
{
    public string Name => "csv";

    public string MediaType => "text/csv; charset=utf-8";

    public string FileExtension => ".csv";

    public EventExportScopes Scopes => EventExportScopes.All;

    public ValueTask WriteEventAsync(Event @event, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync(@event.Agenda.Select(i => (@event, i)), destination, cancellationToken);

    public ValueTask WriteAgendaItemAsync(Event @event, AgendaItemId itemId, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync(@event.Agenda.Where(i => i.Id == itemId).Select(i => (@event, i)), destination, cancellationToken);

    public ValueTask WriteFeedAsync(EventFeed feed, Stream destination, CancellationToken cancellationToken = default) =>
        WriteAsync(feed.Events.SelectMany(e => e.Agenda.Select(i => (e, i))), destination, cancellationToken);

    private static async ValueTask WriteAsync(IEnumerable<(Event Event, AgendaItem Item)> rows, Stream destination, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("event,item,title\r\n");
        foreach (var (e, item) in rows)
        {
            text.Append(e.Slug.Value).Append(',').Append(item.Id.Value).Append(",\"").Append(item.Title.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        }

        await destination.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancellationToken);
    }
}
