using NodaTime;
using NodaTime.TimeZones;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>A catalogue of events given in code: version 1, source "memory", each event's own last change or the
/// load time, scheduled by the scheduler given.</summary>
public sealed class InMemoryEventCatalogTests
{
    private static readonly Instant Loaded = Instant.FromUtc(2027, 1, 1, 0, 0);

    [Fact]
    public async Task It_serves_the_events_given_as_version_1_from_memory()
    {
        var seed = Seed.Event;

        var snapshot = await new InMemoryEventCatalog([seed], Loaded).GetSnapshotAsync();

        var entry = Assert.Single(snapshot.Entries);
        Assert.Same(seed, entry.Event);
        Assert.Same(seed, entry.Schedule.Event);
        Assert.Equal("memory", entry.Source);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task An_event_with_its_own_last_change_keeps_it_and_one_without_gets_the_load_time()
    {
        var changed = Instant.FromUtc(2026, 5, 5, 5, 5);
        var dated = Event.CreateBuilder(new EventId("datowane"), "Datowane").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 3, 1), new LocalTime(9, 0), new LocalTime(10, 0)).LastModifiedAt(changed).Build();
        var undated = Event.CreateBuilder(new EventId("bez-daty"), "Bez daty").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 3, 2), new LocalTime(9, 0), new LocalTime(10, 0)).Build();

        var snapshot = await new InMemoryEventCatalog([dated, undated], Loaded).GetSnapshotAsync();

        Assert.Equal(changed, snapshot.Find("datowane")!.LastModified);
        Assert.Equal(Loaded, snapshot.Find("bez-daty")!.LastModified);
    }

    [Fact]
    public async Task Without_a_scheduler_the_default_one_resolves_the_times()
    {
        var snapshot = await new InMemoryEventCatalog([Seed.Event], Loaded).GetSnapshotAsync();

        Assert.Equal("Europe/Warsaw", snapshot.Entries[0].Schedule.Zone?.Id);
        Assert.NotNull(snapshot.Entries[0].Schedule.Start);
    }

    [Fact]
    public async Task The_scheduler_given_resolves_the_times()
    {
        // A scheduler whose zones know UTC only cannot place the seed, which is in Europe/Warsaw.
        var scheduler = new EventScheduler(new DateTimeZoneCache(new UtcOnlySource()));

        var snapshot = await new InMemoryEventCatalog([Seed.Event], Loaded, scheduler).GetSnapshotAsync();

        Assert.Null(snapshot.Entries[0].Schedule.Start);
        Assert.Contains(snapshot.Entries[0].Schedule.Diagnostics, d => d.Code == DiagnosticCodes.UnknownTimeZone);
    }

    [Fact]
    public async Task Every_look_gets_the_same_snapshot()
    {
        var catalog = new InMemoryEventCatalog([Seed.Event], Loaded);

        var first = await catalog.GetSnapshotAsync();

        Assert.Same(first, await catalog.GetSnapshotAsync());
    }

    [Fact]
    public void A_null_list_of_events_is_refused_naming_it() =>
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => new InMemoryEventCatalog(null!, Loaded)).ParamName);

    private sealed class UtcOnlySource : IDateTimeZoneSource
    {
        public string VersionId => "utc-only";

        public IEnumerable<string> GetIds() => ["Etc/UTC"];

        public DateTimeZone ForId(string id) => id == "Etc/UTC" ? DateTimeZone.Utc : throw new ArgumentException(id, nameof(id));

        public string? GetSystemDefaultId() => null;
    }
}
