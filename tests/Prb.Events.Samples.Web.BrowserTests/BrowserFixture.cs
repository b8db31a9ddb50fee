using Microsoft.Playwright;

namespace Prb.Events.Samples.Web.BrowserTests;

/// <summary>One sample site and one headless Chromium for every browser test. The browser is the machine's own
/// (Debian's <c>chromium</c> package): Playwright never downloads one here.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian installs Chromium; <c>PRB_EVENTS_CHROMIUM</c> may name another executable.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    public const string InstallHint = "apt-get update && apt-get install -y chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private SampleSite? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SampleSite Site => _site ?? throw new InvalidOperationException("The fixture is not initialized.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("PRB_EVENTS_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <summary>Gets the folder for screenshots: <c>PRB_EVENTS_SCREENSHOTS</c>, or TestResults/screenshots beside the test assembly.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("PRB_EVENTS_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // A missing browser fails every test with the fix in the message; these tests are never skipped.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}. The browser tests use the system's Chromium and never download one: install it with `{InstallHint}`.");
        }

        _site = await SampleSite.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>A fresh context (cookies, zone, locale of its own) whose relative URLs go to the site.</summary>
    /// <remarks>Waits allow two minutes instead of Playwright's 30 seconds: a CI runner's two cores, busy with the rest of
    /// the build, can take that long to render a page, and a wait that gives up early fails a test that is right.</remarks>
    public async Task<IBrowserContext> NewContextAsync(string? timezoneId = null, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseAddress.ToString(),
            TimezoneId = timezoneId,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return context;
    }
}

[CollectionDefinition(Name)]
public sealed class SampleSiteInChromium : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Sample site in Chromium";
}
