using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.AspNet.Tests.TestSupport;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Tests.Endpoints;

/// <summary>The list and the feed read one query: the same filters give the same events, the feed has no pages, and a
/// filtered feed has the same bytes and ETag on every request and on every host with the same catalogue.</summary>
public sealed class FilteredListAndFeedTests : IAsyncLifetime
{
    private static readonly Instant LoadedAt = Instant.FromUtc(2026, 1, 1, 0, 0);

    private static readonly Event Turtle = Event.CreateBuilder(new EventId("zolw-czyta-dzieciom"), "Żółw czyta dzieciom")
        .OfKind(EventKind.Workshop)
        .InZone("Europe/Warsaw")
        .ForAudiences(Audience.Children)
        .On(new LocalDate(2027, 3, 1), new LocalTime(10, 0), new LocalTime(11, 0))
        .Build();

    // Two days with a gap: found on 10 and 12 May, not on 11 May.
    private static readonly Event Fair = Event.CreateBuilder(new EventId("targi-ksiazki"), "Targi Książki Wędrującej")
        .OfKind(EventKind.Festival)
        .InZone("Europe/Warsaw")
        .ForAudiences(Audience.Everyone)
        .On(new LocalDate(2027, 5, 10), new LocalTime(9, 0), new LocalTime(17, 0))
        .On(new LocalDate(2027, 5, 12), new LocalTime(9, 0), new LocalTime(17, 0))
        .Build();

    private static readonly Event Training = Event.CreateBuilder(new EventId("szkolenie-katalogowanie"), "Szkolenie z katalogowania")
        .OfKind(EventKind.Training)
        .InZone("Europe/Warsaw")
        .ForAudiences(Audience.LibrariansAndProfessionals)
        .On(new LocalDate(2027, 6, 1), new LocalTime(9, 0), new LocalTime(15, 0))
        .Build();

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync();
        _client = _app.Client();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("?q=zolw", new[] { "zolw-czyta-dzieciom" })]
    [InlineData("?q=%C5%BB%C3%93%C5%81W", new[] { "zolw-czyta-dzieciom" })]
    [InlineData("?q=ksiazki+wedrujacej", new[] { "targi-ksiazki" })]
    [InlineData("?q=ksiazki+zolw", new string[0])]
    [InlineData("?audience=children", new[] { "zolw-czyta-dzieciom", "targi-ksiazki" })]
    [InlineData("?audience=librarians-and-professionals", new[] { "targi-ksiazki", "szkolenie-katalogowanie" })]
    [InlineData("?audience=everyone", new[] { "targi-ksiazki" })]
    [InlineData("?from=2027-05-11&to=2027-05-11", new string[0])]
    [InlineData("?from=2027-05-12&to=2027-05-12", new[] { "targi-ksiazki" })]
    [InlineData("?from=2027-05-11&to=2027-05-31", new[] { "targi-ksiazki" })]
    [InlineData("?kind=training&audience=children", new string[0])]
    [InlineData("?q=&kind=&audience=", new[] { "zolw-czyta-dzieciom", "targi-ksiazki", "szkolenie-katalogowanie" })]
    public async Task ListAndFeed_FindTheSameEvents(string query, string[] expected)
    {
        var page = JsonDocument.Parse(await _client.GetStringAsync("/events" + query)).RootElement;
        var feed = await _client.GetStringAsync("/events/calendar.ics" + query);

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal(expected.Length, EventsIn(feed));
        foreach (var slug in expected)
        {
            Assert.Contains(slug, feed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task List_Summary_CarriesTheAudiences()
    {
        var page = JsonDocument.Parse(await _client.GetStringAsync("/events?q=zolw")).RootElement;

        Assert.Equal(["children"], page.GetProperty("items")[0].GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("?page=2", "page")]
    [InlineData("?pageSize=5", "pageSize")]
    [InlineData("?audience=kids", "audience")]
    [InlineData("?from=2027-13-01", "from")]
    [InlineData("?colour=red", "colour")]
    public async Task Feed_BadParameter_Is400ProblemNamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/events/calendar.ics" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("?q=zolw")]
    [InlineData("?audience=children&from=2027-01-01")]
    [InlineData("?kind=festival")]
    public async Task FilteredFeed_HasAStableETagAcrossRequestsAndHosts(string query)
    {
        var first = await _client.GetAsync("/events/calendar.ics" + query);
        var again = await _client.GetAsync("/events/calendar.ics" + query);
        await using var otherApp = await StartAsync();
        var elsewhere = await otherApp.Client().GetAsync("/events/calendar.ics" + query);

        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Equal(first.Headers.ETag, elsewhere.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await elsewhere.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/events/calendar.ics" + query);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task FilteredFeed_DiffersFromTheWholeFeed()
    {
        var all = await _client.GetAsync("/events/calendar.ics");
        var some = await _client.GetAsync("/events/calendar.ics?kind=festival");

        Assert.NotEqual(all.Headers.ETag, some.Headers.ETag);
        Assert.Equal(3, EventsIn(await all.Content.ReadAsStringAsync()));
    }

    /// <summary>The events of a feed: its VEVENTs less the further days of multi-day events, each its own VEVENT
    /// RELATED-TO;RELTYPE=SIBLING the event's first.</summary>
    private static int EventsIn(string feed) => CountOf(feed, "BEGIN:VEVENT") - CountOf(feed, "RELATED-TO;RELTYPE=SIBLING:");

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static Task<WebApplication> StartAsync() =>
        TestHost.StartAsync(s =>
        {
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog([Turtle, Fair, Training], LoadedAt));
            s.AddPrbEvents().AddIcalendar();
        });
}
