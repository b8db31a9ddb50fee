using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>Guards that a query stays linear in the catalogue: memory allocated by a warm run, at two sizes measured in
/// one test, with a wide margin (no test here measures time).</summary>
public class EventQueryScalingTests
{
    [Fact]
    public void Run_AllocatesInProportionToTheCatalogue()
    {
        var query = new EventQuery(new LocalDate(2027, 3, 1), new LocalDate(2027, 9, 30), audience: Audience.Children, text: "zolw czyta");
        var small = Catalogue(1_000);
        var large = Catalogue(10_000);
        _ = query.Run(small);
        _ = query.Run(large);

        var smallBytes = Allocated(() => query.Run(small));
        var largeBytes = Allocated(() => query.Run(large));

        Assert.InRange((double)largeBytes / smallBytes, 5, 15);
        Assert.Equal(large.Entries.Count(query.Matches), query.Run(large).Total);
        Assert.True(query.Run(small).Total > 0);
    }

    [Fact]
    public void Run_AWarmSearch_DoesNotFoldTheEventsAgain()
    {
        var query = new EventQuery(text: "zolw");
        var catalogue = Catalogue(2_000);
        var cold = Allocated(() => query.Run(catalogue));
        var warm = Allocated(() => query.Run(catalogue));

        // The first run folds each event's text once (kept with the event); later runs allocate only the result.
        Assert.True(warm * 10 < cold, $"warm {warm} bytes, cold {cold} bytes");
    }

    private static long Allocated(Func<EventQueryResult> run)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(run());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static EventCatalogSnapshot Catalogue(int n)
    {
        string[] titles = ["Żółw czyta dzieciom", "Spotkanie autorskie", "Szkolenie z katalogowania", "Noc bibliotek", "Klub seniora"];
        var scheduler = new EventScheduler(DateTimeZoneProviders.Tzdb);
        var audiences = Enum.GetValues<Audience>();
        var entries = new List<CatalogEntry>(n);
        for (var i = 0; i < n; i++)
        {
            var e = Event.CreateBuilder(new EventId($"e{i}"), $"{titles[i % titles.Length]} {i}")
                .InZone("Europe/Warsaw")
                .ForAudiences(audiences[i % audiences.Length])
                .On(new LocalDate(2027, 1, 1).PlusDays(i % 365), new LocalTime(10, 0), new LocalTime(12, 0))
                .Build();
            entries.Add(new CatalogEntry(e, scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0)));
        }

        return new EventCatalogSnapshot(entries, 1);
    }
}
