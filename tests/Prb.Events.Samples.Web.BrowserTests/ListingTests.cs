using System.Globalization;
using System.Text.Json;
using System.Web;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.BrowserTests;

/// <summary>The index in Chromium: the filters and the search as a person uses them (with and without JavaScript), the
/// subscription of the view, the add-to-calendar links decoded against the event document, and screenshots.</summary>
[Collection(SampleSiteInChromium.Name)]
public sealed class ListingTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string EventPage = "/wydarzenia/prb-2011-11-09-wroclaw";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SearchAndFilters_WorkAsAPlainForm(bool javaScript)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Site.BaseAddress.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/?pageSize=100");
        var all = await page.Locator("li.event > a").AllTextContentsAsync();

        await page.GetByLabel("Szukaj").FillAsync("zolw");
        await page.GetByLabel("Dla kogo").SelectOptionAsync("children");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=zolw", StringComparison.Ordinal));

        var query = HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("zolw", query["q"]);
        Assert.Equal("children", query["audience"]);
        var found = await page.Locator("li.event > a").AllTextContentsAsync();
        var expected = all.Where(t => t.Contains("Żółw", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(found);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal("zolw", await page.GetByLabel("Szukaj").InputValueAsync());
        Assert.Equal("children", await page.GetByLabel("Dla kogo").InputValueAsync());

        // The view's own subscription: the feed with the same filters holds the same events.
        var https = await page.Locator(".subscribe a.https").GetAttributeAsync("href");
        var webcal = await page.Locator(".subscribe a.webcal").GetAttributeAsync("href");
        var feedQuery = HttpUtility.ParseQueryString(new Uri(https!).Query);
        Assert.Equal("zolw", feedQuery["q"]);
        Assert.Equal("children", feedQuery["audience"]);
        Assert.Equal("webcal", new Uri(webcal!).Scheme);
        var feed = await (await context.APIRequest.GetAsync(new Uri(https!).PathAndQuery)).TextAsync();
        Assert.Equal(found.Count, feed.Split("BEGIN:VEVENT").Length - 1);
    }

    [Fact]
    public async Task RegionAndKind_NarrowTheList()
    {
        await using var context = await fixture.NewContextAsync(locale: "pl-PL");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Województwo").SelectOptionAsync("dolnoslaskie");
        await page.GetByLabel("Rodzaj wydarzenia").SelectOptionAsync("conference");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=dolnoslaskie", StringComparison.Ordinal));

        var items = page.Locator("li.event");
        Assert.True(await items.CountAsync() >= 1);
        foreach (var kind in await items.Locator(".kind").AllTextContentsAsync())
        {
            Assert.Contains("konferencja", kind, StringComparison.Ordinal);
        }

        Assert.Contains(await page.Locator("li.event > a").AllTextContentsAsync(),
            t => t.StartsWith("Biblioteki w partnerstwach lokalnych – dobre praktyki", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddLinks_DecodeToTheEvent()
    {
        await using var context = await fixture.NewContextAsync(locale: "pl-PL");
        var page = await context.NewPageAsync();
        await page.GotoAsync(EventPage);
        using var document = JsonDocument.Parse(await (await context.APIRequest.GetAsync("/events/prb-2011-11-09-wroclaw")).TextAsync());
        var model = document.RootElement;
        var fullTitle = model.GetProperty("title").GetString() + ". " + model.GetProperty("edition").GetString();
        using var jsonLd = JsonDocument.Parse(await page.Locator("script[type='application/ld+json']").TextContentAsync() ?? "{}");
        var start = DateTimeOffset.Parse(jsonLd.RootElement.GetProperty("startDate").GetString()!, CultureInfo.InvariantCulture).UtcDateTime;
        var end = DateTimeOffset.Parse(jsonLd.RootElement.GetProperty("endDate").GetString()!, CultureInfo.InvariantCulture).UtcDateTime;

        var google = Parse(await page.Locator(".calendar-links a.google").GetAttributeAsync("href"), "calendar.google.com");
        Assert.Equal(fullTitle, google["text"]);
        Assert.Equal($"{start:yyyyMMdd'T'HHmmss'Z'}/{end:yyyyMMdd'T'HHmmss'Z'}", google["dates"]);
        Assert.StartsWith(model.GetProperty("description").GetString()!, google["details"], StringComparison.Ordinal);
        Assert.Contains(model.GetProperty("venue").GetProperty("name").GetString()!, google["location"], StringComparison.Ordinal);

        var outlook = Parse(await page.Locator(".calendar-links a.outlook").GetAttributeAsync("href"), "outlook.live.com");
        Assert.Equal(fullTitle, outlook["subject"]);
        Assert.Equal(start, DateTime.Parse(outlook["startdt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
        Assert.Equal(end, DateTime.Parse(outlook["enddt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));

        // Every agenda item: the links carry the item's title and its instants as the row shows them.
        var rows = page.Locator("table.agenda tbody tr");
        var titles = model.GetProperty("agenda").EnumerateArray().ToDictionary(a => "item-" + a.GetProperty("id").GetString(), a => a.GetProperty("title").GetString());
        Assert.Equal(titles.Count, await rows.CountAsync());
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            var row = rows.Nth(i);
            var id = await row.GetAttributeAsync("id");
            var time = row.Locator(".time");
            var itemStart = DateTime.Parse((await time.GetAttributeAsync("data-start"))!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var itemEnd = DateTime.Parse((await time.GetAttributeAsync("data-end"))!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var itemGoogle = Parse(await row.Locator("a.google").GetAttributeAsync("href"), "calendar.google.com");
            var itemOutlook = Parse(await row.Locator("a.outlook").GetAttributeAsync("href"), "outlook.live.com");
            Assert.Equal(titles[id!], itemGoogle["text"]);
            Assert.Equal(titles[id!], itemOutlook["subject"]);
            Assert.Equal($"{itemStart:yyyyMMdd'T'HHmmss'Z'}/{itemEnd:yyyyMMdd'T'HHmmss'Z'}", itemGoogle["dates"]);
            Assert.Equal(itemStart, DateTime.Parse(itemOutlook["startdt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal));
            Assert.EndsWith("#" + id, itemOutlook["body"], StringComparison.Ordinal);
            Assert.Equal(await row.Locator("a.ics").GetAttributeAsync("href"), $"/events/prb-2011-11-09-wroclaw/agenda/{id!["item-".Length..]}.ics");
        }
    }

    [Theory]
    [InlineData("/", "index", 1280, 900)]
    [InlineData("/", "index-phone", 375, 800)]
    [InlineData("/en?audience=children", "index-en-children", 1280, 900)]
    [InlineData(EventPage, "event-desktop", 1280, 900)]
    [InlineData(EventPage, "event-phone", 375, 800)]
    public async Task Screenshots_AreSavedWithTheTestOutput(string path, string name, int width, int height)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "pl-PL",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        var file = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is nearly empty");
        output.WriteLine($"Screenshot: {file} ({new FileInfo(file).Length} bytes)");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, $"{path} at {width} px scrolls sideways.");
    }

    private static Dictionary<string, string?> Parse(string? href, string host)
    {
        Assert.NotNull(href);
        var url = new Uri(href);
        Assert.Equal("https", url.Scheme);
        Assert.Equal(host, url.Host);
        var query = HttpUtility.ParseQueryString(url.Query);
        return query.AllKeys.ToDictionary(k => k!, k => query[k]);
    }
}
