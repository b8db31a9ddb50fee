using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>The index at / and /en: filters as a GET form whose state is the address, upcoming and past events by
/// month in the culture's words, paging, and a subscription to exactly the view shown.</summary>
public sealed class IndexPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Index_GroupsUpcomingByMonthThenPastMarked()
    {
        var document = await GetAsync("/");

        Assert.Equal("pl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Marzec 2027", "Maj 2027", "Październik 2027"], document.QuerySelectorAll("section.upcoming h3").Select(h => h.TextContent));
        Assert.Equal(["Listopad 2026"], document.QuerySelectorAll("section.past h3").Select(h => h.TextContent));
        var past = Assert.Single(document.QuerySelectorAll("li.event.past"));
        Assert.Contains("Spotkanie sieci", past.TextContent, StringComparison.Ordinal);
        Assert.Equal("minione", past.QuerySelector(".past-marker")!.TextContent);
        Assert.Contains("środa, 10 marca 2027", document.QuerySelector("section.upcoming li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("poniedziałek, 10 maja 2027 – środa, 12 maja 2027", document.QuerySelectorAll("section.upcoming li")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_InEnglish_UsesEnglishWordsAndMonths()
    {
        var document = await GetAsync("/en");

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Upcoming events", document.QuerySelector("#upcoming-heading")!.TextContent);
        Assert.Equal(["March 2027", "May 2027", "October 2027"], document.QuerySelectorAll("section.upcoming h3").Select(h => h.TextContent));
        Assert.Contains("Wednesday, 10 March 2027", document.QuerySelector("section.upcoming li")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", document.QuerySelector("nav a[hreflang='pl']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?q=zolw", new[] { "Żółw czyta dzieciom" })]
    [InlineData("?q=%C5%BB%C3%93%C5%81W", new[] { "Żółw czyta dzieciom" })]
    [InlineData("?audience=children", new[] { "Żółw czyta dzieciom", "Targi Książki" })]
    [InlineData("?kind=meeting", new[] { "Spotkanie sieci" })]
    [InlineData("?from=2027-05-11&to=2027-05-11", new string[0])]
    [InlineData("?from=2027-05-12&to=2027-05-12", new[] { "Targi Książki" })]
    [InlineData("?q=&kind=&audience=&region=&organizer=&from=&to=", new[] { "Żółw czyta dzieciom", "Targi Książki", "Noc bibliotek", "Spotkanie sieci" })]
    public async Task Filters_AreTheAddressAndKeepTheirState(string query, string[] titles)
    {
        var document = await GetAsync("/" + query);

        Assert.Equal(titles, document.QuerySelectorAll("li.event > a").Select(a => a.TextContent));
        var form = document.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        foreach (var name in new[] { "q", "from", "to", "region", "organizer", "kind", "audience" })
        {
            Assert.NotNull(form.QuerySelector($"[name='{name}']"));
            Assert.NotNull(document.QuerySelector($"label[for='{name}']"));
        }

        if (query.Contains("audience=children", StringComparison.Ordinal))
        {
            Assert.Equal("children", form.QuerySelector("select[name='audience'] option[selected]")!.GetAttribute("value"));
        }

        if (query.Contains("q=zolw", StringComparison.Ordinal))
        {
            Assert.Equal("zolw", form.QuerySelector("input[name='q']")!.GetAttribute("value"));
        }
    }

    [Theory]
    [InlineData("/?q=zolw&audience=children", "events/calendar.ics?q=zolw&audience=children")]
    [InlineData("/en?kind=festival&from=2027-01-01", "events/calendar.ics?from=2027-01-01&kind=festival")]
    [InlineData("/", "events/calendar.ics")]
    public async Task EveryView_SubscribesToTheFeedWithTheSameFilters(string path, string feed)
    {
        var document = await GetAsync(path);

        var https = document.QuerySelector(".subscribe a.https")!.GetAttribute("href")!;
        var webcal = document.QuerySelector(".subscribe a.webcal")!.GetAttribute("href")!;
        Assert.EndsWith("/" + feed, https, StringComparison.Ordinal);
        Assert.StartsWith("http", https, StringComparison.Ordinal);
        Assert.Equal("webcal://" + new Uri(https).Authority + new Uri(https).PathAndQuery, webcal);

        // The feed at that address holds exactly the events the view lists.
        var listed = document.QuerySelectorAll("li.event > a").Select(a => a.TextContent).ToList();
        var ics = await ListingCatalog.Client(factory).GetStringAsync(new Uri(https).PathAndQuery);
        // Each further day of a multi-day event is a VEVENT of its own, RELATED-TO;RELTYPE=SIBLING the event's first.
        Assert.Equal(listed.Count, ics.Split("BEGIN:VEVENT").Length - ics.Split("RELATED-TO;RELTYPE=SIBLING:").Length);
        Assert.All(listed, title => Assert.Contains("SUMMARY:" + title, ics, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Paging_LinksKeepTheFilters()
    {
        var first = await GetAsync("/?pageSize=2&kind=");
        var next = first.QuerySelector(".paging a[rel='next']")!.GetAttribute("href")!;
        var second = await GetAsync(next);

        Assert.Equal(["Żółw czyta dzieciom", "Targi Książki"], first.QuerySelectorAll("li.event > a").Select(a => a.TextContent));
        Assert.Equal("/?page=2&pageSize=2", next);
        Assert.Equal(["Noc bibliotek", "Spotkanie sieci"], second.QuerySelectorAll("li.event > a").Select(a => a.TextContent));
        Assert.Null(second.QuerySelector(".paging a[rel='next']"));
        Assert.Equal("/?pageSize=2", second.QuerySelector(".paging a[rel='prev']")!.GetAttribute("href"));
        Assert.Contains("Strona 2 z 2", second.QuerySelector(".paging")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?audience=kids", "audience")]
    [InlineData("/?from=2027-02-30", "from")]
    [InlineData("/en?colour=red", "colour")]
    public async Task BadFilter_Is400WithTheParameterNamedAndTheFormStillThere(string path, string parameter)
    {
        var response = await ListingCatalog.Client(factory).GetAsync(path);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, document.QuerySelector(".problem[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form.filters"));
    }

    [Fact]
    public async Task HostileTitleInTheList_IsText()
    {
        const string title = "</li><script>alert(1)</script>\u0085 Żółw 📚";
        var hostile = Event.CreateBuilder(new EventId("wrogi"), title).InZone("Europe/Warsaw")
            .On(new NodaTime.LocalDate(2027, 3, 2), new NodaTime.LocalTime(10, 0), new NodaTime.LocalTime(11, 0)).Build();

        var html = await ListingCatalog.Client(factory, hostile).GetStringAsync("/?q=" + Uri.EscapeDataString("zolw 📚"));
        var document = await Parser.ParseDocumentAsync(html);

        Assert.Equal(title, Assert.Single(document.QuerySelectorAll("li.event > a")).TextContent);
        Assert.Single(document.QuerySelectorAll("script"));
        Assert.Contains("Żółw 📚", html, StringComparison.Ordinal);
    }

    private async Task<IDocument> GetAsync(string path)
    {
        var response = await ListingCatalog.Client(factory).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
