// Hosts the endpoints from the packages, then fetches the seed conference as .ics over real HTTP on loopback.
using NodaTime;
using Prb.Events.AspNet;
using Prb.Events.AspNet.DependencyInjection;
using Prb.Events.Ical;

var eventsFolder = args[0];
var output = args[1];

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Services.AddPrbEvents(options => options.CatalogPath = eventsFolder).AddIcalendar().AddConferenceSchedules();
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
Console.WriteLine($"consumer: {address} served {bytes.Length} bytes of .ics, the list ({list.Length} chars) and schedule.xml; the direct export has {direct.Split("BEGIN:VEVENT").Length - 1} VEVENT(s).");
await app.StopAsync();
