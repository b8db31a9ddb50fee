using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.BrowserTests;

/// <summary>axe-core on the sample's pages: no serious or critical violation; the lesser ones are printed.</summary>
[Collection(SampleSiteInChromium.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Theory]
    [InlineData("/wydarzenia/prb-2011-11-09-wroclaw", "pl")]
    [InlineData("/en/events/prb-2011-11-09-wroclaw", "en")]
    [InlineData("/", "pl")]
    [InlineData("/en", "en")]
    [InlineData("/?q=zolw&audience=children", "pl")]
    [InlineData("/en?page=2&pageSize=5&kind=workshop", "en")]
    [InlineData("/?audience=kids", "pl")]
    public async Task Page_HasNoSeriousOrCriticalViolations(string path, string language)
    {
        await using var context = await fixture.NewContextAsync(locale: language);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        var result = await page.RunAxe();
        Report(path, result);
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{path}: {string.Join("; ", blocking.Select(Describe))}");
    }

    [Fact]
    public async Task EventPage_InViewersZone_StaysAccessible()
    {
        await using var context = await fixture.NewContextAsync(timezoneId: "America/New_York", locale: "pl");
        var page = await context.NewPageAsync();
        await page.GotoAsync("/wydarzenia/prb-2011-11-09-wroclaw");
        await page.Locator(".zone-switch button[data-zone='viewer']").ClickAsync();

        var result = await page.RunAxe();
        Report("after switching zones", result);
        Assert.DoesNotContain(result.Violations, v => Blocking.Contains(v.Impact));
    }

    private void Report(string path, AxeResult result)
    {
        output.WriteLine($"{path}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, {result.Incomplete.Length} to review");
        foreach (var violation in result.Violations)
        {
            output.WriteLine("  violation " + Describe(violation));
        }

        foreach (var review in result.Incomplete)
        {
            output.WriteLine($"  to review [{review.Impact}] {review.Id}: {review.Help} ({review.Nodes.Length} nodes)");
        }
    }

    private static string Describe(AxeResultItem item) =>
        $"[{item.Impact}] {item.Id}: {item.Help} at {string.Join(", ", item.Nodes.Select(n => n.Target?.ToString()))}";
}
