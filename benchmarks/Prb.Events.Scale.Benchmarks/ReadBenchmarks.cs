using BenchmarkDotNet.Attributes;

namespace Prb.Events.Scale.Benchmarks;

/// <summary>
/// Reading 10,000 events through the endpoints from each store: a page of the filtered list, and the iCalendar feed of
/// the whole catalogue. Both stores serve from a catalogue held in memory; what differs is how it stays current (the
/// folder is looked at again every two seconds and after each write; PostgreSQL is told of writes by NOTIFY).
/// </summary>
[Config(typeof(PerRequestConfig))]
public class ReadBenchmarks
{
    private ScaleSite _site = null!;

    /// <summary>Gets or sets the store the site reads.</summary>
    [Params(StoreKind.Folder, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    /// <summary>Fills the store and starts the site.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _site = ScaleSite.StartAsync(Store).GetAwaiter().GetResult();
        // Both answers must be what a client expects before anything is measured.
        Check(List().GetAwaiter().GetResult() > 1_000, "the list page");
        Check(Feed().GetAwaiter().GetResult() > ScaleEvents.Count * 100, "the feed");
    }

    /// <summary>Stops the site and removes the store.</summary>
    [GlobalCleanup]
    public void Cleanup() => _site.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The third page of 100 events of one voivodeship in 2027 (the list filters all 10,000).</summary>
    /// <returns>The length of the answer.</returns>
    [Benchmark]
    public Task<int> List() => GetAsync("/events?region=mazowieckie&from=2027-01-01&to=2027-12-31&pageSize=100&page=1");

    /// <summary>The iCalendar feed of all 10,000 events.</summary>
    /// <returns>The length of the answer.</returns>
    [Benchmark]
    public Task<int> Feed() => GetAsync("/events/calendar.ics");

    private async Task<int> GetAsync(string path)
    {
        using var response = await _site.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The site did not serve {what} as expected.");
        }
    }
}
