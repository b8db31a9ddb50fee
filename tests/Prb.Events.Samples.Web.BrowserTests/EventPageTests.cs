using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.BrowserTests;

[Collection(SampleSiteInChromium.Name)]
public sealed class EventPageTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Page = "/wydarzenia/prb-2011-11-09-wroclaw";
    private const string CoffeeBreakRow = "table.agenda tbody tr:has(.title:text-is('Przerwa kawowa'))";

    [Fact]
    public async Task AgendaTimes_SwitchBetweenTheEventsZoneAndTheViewers()
    {
        // 9 November 2011: Warsaw is on UTC+1, New York on UTC-5.
        await using var context = await fixture.NewContextAsync(timezoneId: "America/New_York", locale: "pl-PL");
        var page = await context.NewPageAsync();
        var problems = CollectProblems(page);
        await page.GotoAsync(Page);

        var coffee = page.Locator(CoffeeBreakRow).Locator(".time");
        var status = page.Locator(".zone-status [data-zone-name]");
        var eventLink = page.Locator(".zone-switch a[data-zone='event']");
        var viewerButton = page.Locator(".zone-switch button[data-zone='viewer']");
        Assert.Equal("11:30\u201312:00", await coffee.TextContentAsync());
        Assert.Equal("Europe/Warsaw", await status.TextContentAsync());
        Assert.Equal("true", await eventLink.GetAttributeAsync("aria-current"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Mój czas" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("America/New_York");
        Assert.EndsWith("?tz=America%2FNew_York", page.Url, StringComparison.Ordinal);
        Assert.Equal("05:30\u201306:00", await coffee.TextContentAsync());
        Assert.Equal("true", await viewerButton.GetAttributeAsync("aria-pressed"));
        Assert.Null(await eventLink.GetAttributeAsync("aria-current"));
        Assert.Equal("08:00\u201308:30", await page.Locator("table.agenda tbody tr").Last.Locator(".time").TextContentAsync());

        await eventLink.ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Europe/Warsaw");
        Assert.Equal("11:30\u201312:00", await coffee.TextContentAsync());
        Assert.Equal("false", await viewerButton.GetAttributeAsync("aria-pressed"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task DayHeadings_FollowTheViewersZone()
    {
        // Kiritimati is UTC+14: the conference's 10:00 in Warsaw (09:00 UTC) is 23:00 on 9 November there, and the
        // coffee break at 11:30 is 00:30 on 10 November — under the next day's heading.
        await using var context = await fixture.NewContextAsync(timezoneId: "Pacific/Kiritimati", locale: "en-GB");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/events/prb-2011-11-09-wroclaw");
        Assert.Equal(["Wednesday, 9 November 2011"], await page.Locator("#agenda ~ h3").AllTextContentsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "My time" }).ClickAsync();

        await Assertions.Expect(page.Locator(".zone-status [data-zone-name]")).ToHaveTextAsync("Pacific/Kiritimati");
        Assert.Equal(["Wednesday, 9 November 2011", "Thursday, 10 November 2011"], await page.Locator("#agenda ~ h3").AllTextContentsAsync());
        var secondDay = page.Locator("#agenda ~ table.agenda").Nth(1);
        Assert.Equal("00:30\u201301:00", await secondDay.Locator("tr:has(.title:text-is('Przerwa kawowa')) .time").TextContentAsync());
    }

    [Fact]
    public async Task AddToCalendarLinks_DownloadICalendar()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);

        var eventIcs = page.Locator(".calendar-links a.ics");
        var eventHref = await eventIcs.GetAttributeAsync("href");
        Assert.Equal("/events/prb-2011-11-09-wroclaw.ics", eventHref);
        await AssertCalendarAsync(context, eventHref!, "BEGIN:VEVENT");

        var itemHref = await page.Locator(CoffeeBreakRow).Locator("a.ics").GetAttributeAsync("href");
        Assert.Equal("/events/prb-2011-11-09-wroclaw/agenda/przerwa-kawowa.ics", itemHref);
        await AssertCalendarAsync(context, itemHref!, "SUMMARY:Przerwa kawowa");

        // A click on the link is a download, as a person would get it.
        var download = await page.RunAndWaitForDownloadAsync(() => eventIcs.ClickAsync());
        Assert.Equal("prb-2011-11-09-wroclaw.ics", download.SuggestedFilename);
        var saved = Path.Combine(BrowserFixture.ScreenshotFolder, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        Assert.StartsWith("BEGIN:VCALENDAR", await File.ReadAllTextAsync(saved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullPageScreenshot_IsSaved()
    {
        await using var context = await fixture.NewContextAsync(locale: "pl-PL");
        var page = await context.NewPageAsync();
        await page.GotoAsync(Page);
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, "event-page.png");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        var file = new FileInfo(path);
        Assert.True(file.Exists, $"No screenshot at {path}.");
        Assert.True(file.Length > 10_000, $"The screenshot at {path} has only {file.Length} bytes.");
        output.WriteLine($"Screenshot: {path} ({file.Length} bytes)");

        var narrow = Path.Combine(BrowserFixture.ScreenshotFolder, "event-page-narrow.png");
        await page.SetViewportSizeAsync(375, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = narrow, FullPage = true });
        Assert.True(new FileInfo(narrow).Length > 0);
        await page.Locator("table.agenda").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "agenda-narrow.png") });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, "At 375 px wide the page scrolls sideways.");
    }

    private static async Task AssertCalendarAsync(IBrowserContext context, string href, string expected)
    {
        var response = await context.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        var contentType = response.Headers["content-type"];
        Assert.StartsWith("text/calendar", contentType, StringComparison.Ordinal);
        Assert.Contains("charset=utf-8", contentType, StringComparison.OrdinalIgnoreCase);
        var body = await response.TextAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", body, StringComparison.Ordinal);
    }

    /// <summary>Script errors and failed requests of a page, gathered while it runs.</summary>
    private static List<string> CollectProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.PageError += (_, error) => problems.Add("script: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        return problems;
    }
}
