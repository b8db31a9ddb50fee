using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>The zone switch moves the day headings with the times, and a time the clock shows twice carries its offset.</summary>
public sealed class EventPageZoneTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task EventZone_HeadingsAndTimesInWarsaw_RepeatedHourWithOffsets()
    {
        var document = await Parser.ParseDocumentAsync(await ListingCatalog.Client(factory).GetStringAsync("/wydarzenia/noc"));

        Assert.Equal(["sobota, 30 października 2027", "niedziela, 31 października 2027"], document.QuerySelectorAll("#agenda ~ h3").Select(h => h.TextContent));
        Assert.Equal("23:30–23:59", document.QuerySelector("#item-czytanie .time")!.TextContent);
        Assert.Equal("02:30 (+02:00)–02:30 (+01:00)", document.QuerySelector("#item-powtorka .time")!.TextContent);
        Assert.Equal("true", document.QuerySelector(".zone-switch a[data-zone='event']")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("?tz=Europe/Wroclaw")]
    [InlineData("?tz=Asia/Tokyo&tz=Europe/Warsaw")]
    public async Task UnknownZone_Is400SaidOnThePageInTheEventsZone(string query)
    {
        var response = await ListingCatalog.Client(factory).GetAsync("/wydarzenia/noc" + query);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tz", document.QuerySelector(".problem[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Europe/Warsaw", document.QuerySelector("[data-zone-name]")!.TextContent);
    }

    [Fact]
    public async Task MultiDayEvent_ShowsItsFirstAndLastDay()
    {
        var document = await Parser.ParseDocumentAsync(await ListingCatalog.Client(factory).GetStringAsync("/wydarzenia/targi"));

        Assert.Equal("poniedziałek, 10 maja 2027 – środa, 12 maja 2027", document.QuerySelector("p.when")!.TextContent);
        Assert.Null(document.QuerySelector("#agenda"));
    }

    [Fact]
    public async Task Audiences_OnThePageAndInTheJsonLd()
    {
        var document = await Parser.ParseDocumentAsync(await ListingCatalog.Client(factory).GetStringAsync("/wydarzenia/zolw"));

        Assert.Contains("dzieci", document.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var jsonLd = System.Text.Json.JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("children", jsonLd.GetProperty("audience")[0].GetProperty("audienceType").GetString());
    }

    [Fact]
    public async Task ViewerZone_MovesTheDayHeadingsWithTheTimes()
    {
        var document = await Parser.ParseDocumentAsync(await ListingCatalog.Client(factory).GetStringAsync("/en/events/noc?tz=Asia/Tokyo"));

        // 23:30 on Saturday in Warsaw (UTC+2) is 06:30 on Sunday in Tokyo: the item is under Sunday's heading there.
        var headings = document.QuerySelectorAll("#agenda ~ h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Sunday, 31 October 2027"], headings);
        Assert.Equal("06:30–06:59", document.QuerySelector("#item-czytanie .time")!.TextContent);
        Assert.Equal("Asia/Tokyo", document.QuerySelector("[data-zone-name]")!.TextContent);
        Assert.Null(document.QuerySelector(".zone-switch a[data-zone='event']")!.GetAttribute("aria-current"));
    }
}
