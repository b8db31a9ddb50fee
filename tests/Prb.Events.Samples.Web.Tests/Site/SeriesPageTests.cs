using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>A series on the site: listed once under the month of its next occurrence (its last one when over), with a
/// line saying how it repeats, and its page listing the next occurrences (cancelled ones out, moved ones at their new
/// time) in the zone chosen. A multi-day event lists each day with its own hours. The example series of the default
/// catalogue (every second Tuesday 17:00–18:30 from 12 January to 29 June 2027; 4 May cancelled; 9 March moved to
/// Wednesday 10 March 18:00–19:30) is the one shown.</summary>
public sealed class SeriesPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Slug = "example-series-klub-ksiazki";
    private static readonly HtmlParser Parser = new();

    private HttpClient DefaultCatalogueAt(Instant now) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FixedClock(now)))).CreateClient();

    private static async Task<IDocument> Get(HttpClient client, string path) => await Parser.ParseDocumentAsync(await client.GetStringAsync(path));

    [Theory]
    [InlineData("/?pageSize=100", "Marzec 2027", "co drugi wtorek, 17:00 (do 29 czerwca 2027)")]
    [InlineData("/en?pageSize=100", "March 2027", "every second Tuesday, 17:00 (until 29 June 2027)")]
    public async Task Index_ListsTheSeriesOnce_UnderTheMonthOfItsNextOccurrence(string path, string month, string repeats)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 3, 1, 12, 0)), path);

        var item = Assert.Single(document.QuerySelectorAll("li.event"), li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/" + Slug, StringComparison.Ordinal));
        Assert.Equal(" · " + repeats, item.QuerySelector(".repeats")!.TextContent);
        Assert.Equal("2027-03-10", item.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(month, item.ParentElement!.PreviousElementSibling!.TextContent);
        Assert.Equal("upcoming", item.Closest("section")!.ClassName);
    }

    [Theory]
    [InlineData("/?pageSize=100", "Czerwiec 2027")]
    [InlineData("/en?pageSize=100", "June 2027")]
    public async Task Index_ASeriesThatIsOver_IsPastUnderTheMonthOfItsLastOccurrence(string path, string month)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 8, 1, 12, 0)), path);

        var item = Assert.Single(document.QuerySelectorAll("li.event"), li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/" + Slug, StringComparison.Ordinal));
        Assert.Equal("2027-06-29", item.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(month, item.ParentElement!.PreviousElementSibling!.TextContent);
        Assert.Equal("past", item.Closest("section")!.ClassName);
        Assert.NotNull(item.QuerySelector(".past-marker"));
    }

    [Theory]
    [InlineData("/wydarzenia/" + Slug, "Najbliższe terminy",
        new[] { "środa, 10 marca 2027", "wtorek, 23 marca 2027", "wtorek, 6 kwietnia 2027", "wtorek, 20 kwietnia 2027", "wtorek, 18 maja 2027" },
        "przeniesione z 9 marca 2027")]
    [InlineData("/en/events/" + Slug, "Next dates",
        new[] { "Wednesday, 10 March 2027", "Tuesday, 23 March 2027", "Tuesday, 6 April 2027", "Tuesday, 20 April 2027", "Tuesday, 18 May 2027" },
        "moved from 9 March 2027")]
    public async Task EventPage_ListsTheNextOccurrences_CancelledOut_MovedAtTheirNewTime(string path, string heading, string[] dates, string moved)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 3, 1, 12, 0)), path);

        Assert.Equal(heading, document.QuerySelector("#dates-heading")!.TextContent);
        var items = document.QuerySelectorAll("ul.dates li").ToList();
        Assert.Equal(dates, items.Select(i => i.QuerySelector("time")!.TextContent));
        Assert.Equal("18:00–19:30", items[0].QuerySelector(".time")!.TextContent);
        Assert.Equal("2027-03-10T17:00:00Z", items[0].QuerySelector(".time")!.GetAttribute("data-start"));
        Assert.Equal("(" + moved + ")", items[0].QuerySelector(".moved")!.TextContent);
        Assert.Equal("Dyskusyjny Klub Książki: spotkanie z autorką", items[0].QuerySelector(".title")!.TextContent);
        // After the change to summer time the local hour stays: 17:00 Warsaw is 15:00 UTC in April.
        Assert.Equal("17:00–18:30", items[2].QuerySelector(".time")!.TextContent);
        Assert.Equal("2027-04-06T15:00:00Z", items[2].QuerySelector(".time")!.GetAttribute("data-start"));
        Assert.All(items.Skip(1), i => Assert.Null(i.QuerySelector(".moved")));
    }

    [Theory]
    [InlineData("/?pageSize=100&tz=Asia/Tokyo", "co drugi wtorek, 17:00 Europe/Warsaw (do 29 czerwca 2027)")]
    [InlineData("/en?pageSize=100&tz=Europe/Warsaw", "every second Tuesday, 17:00 (until 29 June 2027)")]
    public async Task Index_InAnotherZone_NamesTheSeriesZone(string path, string repeats)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 3, 1, 12, 0)), path);

        var item = Assert.Single(document.QuerySelectorAll("li.event"), li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith("/" + Slug, StringComparison.Ordinal));
        Assert.Equal(" · " + repeats, item.QuerySelector(".repeats")!.TextContent);
    }

    [Fact]
    public async Task EventPage_NextOccurrences_InTheViewersZone()
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 3, 1, 12, 0)), "/en/events/" + Slug + "?tz=Asia/Tokyo");

        var first = document.QuerySelectorAll("ul.dates li")[0];
        // 18:00 in Warsaw (UTC+1) on 10 March is 02:00 on 11 March in Tokyo.
        Assert.Equal("Thursday, 11 March 2027", first.QuerySelector("time")!.TextContent);
        Assert.Equal("02:00–03:30", first.QuerySelector(".time")!.TextContent);
        // The rule is in the event's time, named when the viewer chose another zone: its hour there moves with the clocks.
        Assert.Equal("every second Tuesday, 17:00 Europe/Warsaw (until 29 June 2027)", document.QuerySelector(".repeats")!.TextContent);
        // The series has no agenda: the zone switch goes with the dates, once.
        var zoneSwitch = Assert.Single(document.QuerySelectorAll(".zone-switch"));
        Assert.NotNull(zoneSwitch.Closest("section.dates"));
        Assert.Equal("Asia/Tokyo", zoneSwitch.QuerySelector("[data-zone-name]")!.TextContent);
    }

    [Theory]
    [InlineData("/wydarzenia/" + Slug, "Seria się zakończyła.")]
    [InlineData("/en/events/" + Slug, "The series has ended.")]
    public async Task EventPage_ASeriesThatIsOver_SaysSo(string path, string over)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 8, 1, 12, 0)), path);

        Assert.Empty(document.QuerySelectorAll("ul.dates li"));
        Assert.Equal(over, document.QuerySelector("section.dates p.over")!.TextContent);
        Assert.NotNull(document.QuerySelector("p.past-marker"));
    }

    [Theory]
    [InlineData("/wydarzenia/targi", "Dni wydarzenia", "poniedziałek, 10 maja 2027", "środa, 12 maja 2027")]
    [InlineData("/en/events/targi", "Days of the event", "Monday, 10 May 2027", "Wednesday, 12 May 2027")]
    public async Task EventPage_MultiDayEvent_ShowsEachDayWithItsOwnHours(string path, string heading, string first, string second)
    {
        var document = await Get(ListingCatalog.Client(factory), path);

        Assert.Equal(heading, document.QuerySelector("#dates-heading")!.TextContent);
        var days = document.QuerySelectorAll("ul.dates li").ToList();
        Assert.Equal([first, second], days.Select(d => d.QuerySelector("time")!.TextContent));
        Assert.All(days, d => Assert.Equal("09:00–17:00", d.QuerySelector(".time")!.TextContent));
    }

    [Fact]
    public async Task EventPage_OneDayEvent_HasNoListOfDates()
    {
        var document = await Get(ListingCatalog.Client(factory), "/wydarzenia/zolw");

        Assert.Null(document.QuerySelector("section.dates"));
    }

    public static TheoryData<RecurrenceRule, LocalDate, string, string> Rules => new()
    {
        { new RecurrenceRule(RecurrenceFrequency.Weekly), new LocalDate(2027, 3, 6), "co sobotę, 11:00", "every Saturday, 11:00" },
        { new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Wednesday)]), new LocalDate(2027, 3, 3), "co drugą środę, 11:00", "every second Wednesday, 11:00" },
        { new RecurrenceRule(RecurrenceFrequency.Daily), new LocalDate(2027, 3, 3), "codziennie, 11:00", "every day, 11:00" },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, 1)]), new LocalDate(2027, 3, 1), "w pierwszy poniedziałek miesiąca, 11:00", "on the first Monday of every month, 11:00" },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Saturday, -1)]), new LocalDate(2027, 3, 27), "w ostatnią sobotę miesiąca, 11:00", "on the last Saturday of every month, 11:00" },
        { new RecurrenceRule(RecurrenceFrequency.Weekly, 3), new LocalDate(2027, 3, 3), "Powtarza się", "Repeats" },
        { new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday), new RecurrenceWeekday(IsoDayOfWeek.Thursday)]), new LocalDate(2027, 3, 4), "Powtarza się", "Repeats" },
        { new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [15]), new LocalDate(2027, 3, 15), "Powtarza się", "Repeats" },
        { new RecurrenceRule(RecurrenceFrequency.Yearly), new LocalDate(2027, 3, 15), "Powtarza się", "Repeats" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Index_SaysHowASeriesRepeats_OrFallsBackToRepeats(RecurrenceRule rule, LocalDate first, string polish, string english)
    {
        var series = Event.CreateBuilder(new EventId("seria"), "Seria").OfKind(EventKind.Meeting).InZone("Europe/Warsaw")
            .On(first, new LocalTime(11, 0), new LocalTime(12, 0))
            .Repeats(rule)
            .Build();
        var client = ListingCatalog.Client(factory, series);

        var pl = await Get(client, "/");
        var en = await Get(client, "/en");

        Assert.Equal(" · " + polish, pl.QuerySelector("li.event .repeats")!.TextContent);
        Assert.Equal(" · " + english, en.QuerySelector("li.event .repeats")!.TextContent);
    }

    [Theory]
    [InlineData("/wydarzenia/" + Slug)]
    [InlineData("/en/events/" + Slug + "?tz=Asia/Tokyo")]
    public async Task JsonLd_OfASeries_IsItsNextOccurrences_InTheEventsZone(string path)
    {
        var document = await Get(DefaultCatalogueAt(Instant.FromUtc(2027, 3, 1, 12, 0)), path);

        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ["2027-03-10T18:00:00+01:00", "2027-03-23T17:00:00+01:00", "2027-04-06T17:00:00+02:00", "2027-04-20T17:00:00+02:00", "2027-05-18T17:00:00+02:00"],
            events.Select(e => e.GetProperty("startDate").GetString()));
        Assert.All(events, e => Assert.Equal("Event", e.GetProperty("@type").GetString()));
        Assert.All(events, e => Assert.Equal("Dolnośląska Biblioteka Publiczna, czytelnia", e.GetProperty("location").GetProperty("name").GetString()));
        var moved = events[0];
        Assert.Equal("Dyskusyjny Klub Książki: spotkanie z autorką", moved.GetProperty("name").GetString());
        Assert.Equal("2027-03-10T19:30:00+01:00", moved.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventRescheduled", moved.GetProperty("eventStatus").GetString());
        Assert.Equal("2027-03-09T17:00:00+01:00", moved.GetProperty("previousStartDate").GetString());
        Assert.All(events.Skip(1), e => Assert.False(e.TryGetProperty("previousStartDate", out _)));
        Assert.All(events.Skip(1), e => Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString()));
    }

    [Fact]
    public async Task JsonLd_OfASeries_CannotBeBrokenOutOf_AndCarriesTheTextUnchanged()
    {
        const string hostile = "</script><script>alert('x')</script> Zażółć 🦔 שלום";
        var first = new LocalDate(2027, 3, 2);
        var series = Event.CreateBuilder(new EventId("seria"), hostile).OfKind(EventKind.Meeting).InZone("Europe/Warsaw")
            .On(first, new LocalTime(17, 0), new LocalTime(18, 0))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly))
            .OverrideOccurrence(new OccurrenceOverride(first.PlusWeeks(1), first.PlusWeeks(1).At(new LocalTime(19, 0)), first.PlusWeeks(1).At(new LocalTime(20, 0)),
                title: hostile + " <!--", description: "]]></script>", status: EventStatus.Cancelled))
            .Build();

        var html = await ListingCatalog.Client(factory, series).GetStringAsync("/wydarzenia/seria");
        var document = await Parser.ParseDocumentAsync(html);

        var scripts = document.QuerySelectorAll("script[type='application/ld+json']");
        var script = Assert.Single(scripts);
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script.TextContent);
        var events = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(Prb.Events.Samples.Web.Pages.EventPageModel.NextCount, events.Count);
        Assert.Equal(hostile, events[0].GetProperty("name").GetString());
        Assert.Equal(hostile + " <!--", events[1].GetProperty("name").GetString());
        Assert.Equal("]]></script>", events[1].GetProperty("description").GetString());
        Assert.Equal("https://schema.org/EventCancelled", events[1].GetProperty("eventStatus").GetString());
        Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        Assert.Equal("date cancelled", document.QuerySelectorAll("ul.dates li")[1].ClassName);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
