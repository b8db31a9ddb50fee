using System.Net;
using CsCheck;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Prb.Events.Hosting;
using Xunit.Abstractions;

namespace Prb.Events.Samples.Web.Tests.Hostile;

/// <summary>Events at the edges of the supported range (<see cref="EventLimits"/>) — its first and last dates, zones
/// with extreme offsets and odd history, days of a full 24 hours, items across midnight, maximum-length texts — go
/// through every endpoint and both pages of the site: no answer is a 5xx.</summary>
public sealed class EdgeOfRangeTests(WebApplicationFactory<Program> factory, ITestOutputHelper output) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string[] Zones =
        ["Pacific/Kiritimati", "Etc/GMT+12", "Asia/Tokyo", "America/Los_Angeles", "Australia/Lord_Howe", "Europe/Warsaw", "Etc/UTC"];

    private static readonly Gen<Event> EdgeEvent =
        from zone in Gen.OneOf(Zones)
        from atEnd in Gen.Bool
        from dayShift in Gen.Int[0, 3]
        from wholeDay in Gen.Bool
        from titleLength in Gen.OneOf(1, 200, 20_000)
        from n in Gen.Int[0, 1_000_000]
        select Build(zone, atEnd ? EventLimits.MaxDate.PlusDays(-dayShift) : EventLimits.MinDate.PlusDays(dayShift), wholeDay, titleLength, n);

    [Fact]
    public async Task Edge_events_get_no_5xx_from_any_endpoint_or_page()
    {
        var events = EdgeEvent.Array[12].Single().DistinctBy(e => e.Id).ToArray();
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IEventCatalog>(new InMemoryEventCatalog(events, Instant.FromUtc(2026, 1, 1, 0, 0))))).CreateClient();
        var paths = new List<string>
        {
            "/", "/en", "/events", "/events/calendar.ics", "/events?from=0001-01-01&tz=Etc/GMT-14", "/events?to=9999-12-31&tz=Etc/GMT%2B12",
            "/events?from=9999-12-30&tz=Pacific/Kiritimati",
        };
        foreach (var e in events)
        {
            var slug = e.Slug.Value;
            paths.AddRange([
                $"/events/{slug}", $"/events/{slug}.json", $"/events/{slug}.ics", $"/events/{slug}/agenda/punkt.ics",
                $"/events/{slug}/schedule.xml", $"/events/{slug}/schedule.json", $"/wydarzenia/{slug}", $"/en/events/{slug}",
            ]);
        }

        var answers = new Dictionary<HttpStatusCode, int>();
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            answers[response.StatusCode] = answers.GetValueOrDefault(response.StatusCode) + 1;
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{path}: {(int)response.StatusCode}");
            }
        }

        output.WriteLine($"{events.Length} edge events, {paths.Count} requests: " +
            string.Join(", ", answers.OrderBy(a => a.Key).Select(a => $"{(int)a.Key} x{a.Value}")));
        Assert.Empty(failures);
        Assert.Equal(paths.Count, answers.Where(a => (int)a.Key is 200 or 404).Sum(a => a.Value));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(-9998, 1, 1)]
    public void Times_beyond_the_range_are_refused_where_events_are_built(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Build("Asia/Tokyo", new LocalDate(year, month, day), false, 1, 0));

    private static Event Build(string zone, LocalDate date, bool wholeDay, int titleLength, int n)
    {
        var title = string.Concat(Enumerable.Repeat("Żółw 📚 ", titleLength / 8 + 1))[..titleLength];
        var end = wholeDay ? new LocalTime(23, 59, 59) : new LocalTime(20, 0);
        return Event.CreateBuilder(new EventId($"brzeg-{n}"), title)
            .InZone(zone)
            .On(date, wholeDay ? LocalTime.Midnight : new LocalTime(8, 0), end)
            .AddItem("punkt", AgendaItemKind.Lecture, title, new LocalTime(10, 0), new LocalTime(19, 59))
            .Build();
    }
}
