using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Tests;

public sealed class SampleSiteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Page = "/wydarzenia/prb-2011-11-09-wroclaw";
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task EventPage_ShowsTheSeedConference()
    {
        var html = await factory.CreateClient().GetStringAsync(Page);
        var document = await Parser.ParseDocumentAsync(html);

        Assert.Equal("pl", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Biblioteki w partnerstwach lokalnych – dobre praktyki", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("table.agenda tbody tr").ToList();
        var coffee = Assert.Single(rows, r => r.QuerySelector(".title")!.TextContent == "Przerwa kawowa");
        Assert.Equal("11:30–12:00", coffee.QuerySelector(".time")!.TextContent);
        Assert.Equal("2011-11-09T10:30:00Z", coffee.QuerySelector(".time")!.GetAttribute("data-start"));
        Assert.Equal("14:00–14:30", rows[^1].QuerySelector(".time")!.TextContent);
        var award = Assert.Single(rows, r => r.QuerySelector(".laureates") is not null);
        Assert.Contains("Biblioteka Publiczna Miasta i Gminy w Twardogórze", award.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pejzaże znad Skoryni", award.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu", document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("bjasiak@wbp.wroc.pl", document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventPage_LinksToCalendarFilesAndTheWebcalFeed()
    {
        var document = await Parser.ParseDocumentAsync(await factory.CreateClient().GetStringAsync(Page));

        var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/events/prb-2011-11-09-wroclaw.ics", links);
        Assert.Contains("/events/prb-2011-11-09-wroclaw/agenda/przerwa-kawowa.ics", links);
        Assert.Contains(links, l => l.StartsWith("webcal://", StringComparison.Ordinal) && l.EndsWith("/events/calendar.ics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DefaultCatalogue_IsTheSeedAndMarkedExamples()
    {
        var document = await Parser.ParseDocumentAsync(await factory.CreateClient().GetStringAsync("/?pageSize=100"));

        var items = document.QuerySelectorAll("li.event").ToList();
        // The seed, 24 generated examples and the example series (example-series-klub-ksiazki.json).
        Assert.Equal(26, items.Count);
        var unmarked = Assert.Single(items, i => i.QuerySelector(".badge.example") is null);
        Assert.Equal("/wydarzenia/prb-2011-11-09-wroclaw", unmarked.QuerySelector("a")!.GetAttribute("href"));
        Assert.All(items.Except([unmarked]), i => Assert.StartsWith("/wydarzenia/example-", i.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventPage_InEnglish()
    {
        var document = await Parser.ParseDocumentAsync(await factory.CreateClient().GetStringAsync("/en/events/prb-2011-11-09-wroclaw"));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Wednesday, 9 November 2011", document.QuerySelector("p.when")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Agenda", document.QuerySelector("#agenda")!.TextContent);
    }

    [Fact]
    public async Task EventPage_CarriesSchemaOrgEvent()
    {
        var document = await Parser.ParseDocumentAsync(await factory.CreateClient().GetStringAsync(Page));

        var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("2011-11-09T10:00:00+01:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2011-11-09T14:30:00+01:00", json.GetProperty("endDate").GetString());
        Assert.Equal("Wrocław", json.GetProperty("location").GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal(5, json.GetProperty("subEvent").GetArrayLength());
    }

    [Fact]
    public async Task HostileText_CannotBreakThePageOrTheJsonLd()
    {
        const string title = "</script><script>alert(1)</script><b onclick=\"x\">'Zażółć' & 📚</b> \u202Eevil";
        var hostile = Event.CreateBuilder(new EventId("wrogi"), title)
            .InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 3, 1), new LocalTime(10, 0), new LocalTime(12, 0))
            .Described("<img src=x onerror=alert(1)>\n]]>-->")
            .AddItem("punkt", AgendaItemKind.Lecture, title, new LocalTime(10, 0), new LocalTime(11, 0))
            .Build();
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([hostile], Instant.FromUtc(2027, 1, 1, 0, 0))))).CreateClient();

        var html = await client.GetStringAsync("/wydarzenia/wrogi");
        var document = await Parser.ParseDocumentAsync(html);

        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Empty(document.QuerySelectorAll("img, b"));
        Assert.Equal(title, document.QuerySelector("h1")!.ChildNodes[0].TextContent);
        Assert.Equal(title, document.QuerySelector("table.agenda .title")!.TextContent);
        var jsonLd = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(title, jsonLd.GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownEventPage_Is404()
    {
        var response = await factory.CreateClient().GetAsync("/wydarzenia/nie-ma");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpoints()
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/events", paths);
        Assert.Contains("/events/{slug}", paths);
    }

    [Fact]
    public async Task OpenApi_HeadOperations_PromiseNoBody_AndEveryOperationIdIsUnique()
    {
        var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var operations = json.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "head" or "put" or "delete").Select(o => (Path: path.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        var heads = operations.Where(o => o.Method == "head").ToList();

        Assert.NotEmpty(heads);
        Assert.Equal(operations.Count(o => o.Method == "get"), heads.Count);
        Assert.All(heads, head =>
        {
            var responses = head.Operation.GetProperty("responses").EnumerateObject().ToList();
            Assert.Contains(responses, r => r.Name == "200");
            Assert.All(responses, r => Assert.False(r.Value.TryGetProperty("content", out _), $"HEAD {head.Path} {r.Name} promises a body"));
        });
        var ids = operations.Where(o => o.Operation.TryGetProperty("operationId", out _)).Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task LoadBaseline_IsNotMappedInNormalRuns()
    {
        // Only benchmarks/load/run.sh sets PRB_EVENTS_LOAD_BASELINE=1.
        Assert.NotEqual("1", Environment.GetEnvironmentVariable("PRB_EVENTS_LOAD_BASELINE"));
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_baseline/feed.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_baseline/events/prb-2011-11-09-wroclaw.ics")).StatusCode);
    }

    [Fact]
    public async Task EventsApi_ServesTheSeedFromTheSamplesFolder()
    {
        var response = await factory.CreateClient().GetAsync("/events/prb-2011-11-09-wroclaw");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
    }
}
