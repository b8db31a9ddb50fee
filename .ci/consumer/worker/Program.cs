// A worker service's registration of Prb.Events: the catalogue and the iCalendar feed, with no web framework.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Prb.Events.Export;
using Prb.Events.Hosting;

var builder = Host.CreateApplicationBuilder();
builder.Services.AddPrbEvents(options => options.CatalogPath = args[0]).AddIcalendar(options => options.FeedName = "Konsument");
using var host = builder.Build();

var snapshot = await host.Services.GetRequiredService<IEventCatalog>().GetSnapshotAsync();
var ics = host.Services.GetRequiredService<ExportFormatRegistry>().Find("ics")!.Format;
var feed = System.Text.Encoding.UTF8.GetString(await ics.WriteFeedToArrayAsync(new EventFeed(snapshot.Entries.Select(e => e.Event))));
if (snapshot.Entries.Count == 0 || !feed.Contains("X-WR-CALNAME:Konsument\r\n", StringComparison.Ordinal))
{
    throw new InvalidOperationException("The worker did not read the catalogue or write its feed.");
}

var frameworks = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer.Worker.runtimeconfig.json"));
if (frameworks.Contains("Microsoft.AspNetCore.App", StringComparison.Ordinal))
{
    throw new InvalidOperationException("The worker needs the ASP.NET Core shared framework; the hosting package must not.");
}

Console.WriteLine($"worker: {snapshot.Entries.Count} event(s), a feed of {feed.Length} chars, no ASP.NET Core framework.");
