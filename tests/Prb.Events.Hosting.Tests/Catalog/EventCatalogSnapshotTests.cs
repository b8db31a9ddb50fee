using NodaTime;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>A snapshot of a catalogue: its events earliest first (by the instant they start, then by slug, those
/// without a start last), found by slug, the first of two with one slug kept, and the latest change of any.</summary>
public sealed class EventCatalogSnapshotTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);
    private static readonly Instant Loaded = Instant.FromUtc(2027, 1, 1, 0, 0);

    [Fact]
    public void Entries_are_ordered_by_the_instant_they_start_not_by_their_local_time()
    {
        // 10:00 in Tokyo (UTC+9) is 02:00 in Warsaw (UTC+1): the Tokyo event starts first though its clock shows later.
        var warsaw = Entry(At("warszawa", "Europe/Warsaw", new LocalDate(2027, 3, 1), new LocalTime(9, 0)));
        var tokyo = Entry(At("tokio", "Asia/Tokyo", new LocalDate(2027, 3, 1), new LocalTime(10, 0)));
        var earlier = Entry(At("wczesniej", "Europe/Warsaw", new LocalDate(2027, 2, 28), new LocalTime(23, 0)));

        var snapshot = new EventCatalogSnapshot([warsaw, tokyo, earlier], 1);

        Assert.Equal(["wczesniej", "tokio", "warszawa"], Slugs(snapshot));
    }

    [Fact]
    public void Entries_starting_at_one_instant_are_ordered_by_slug_ordinally()
    {
        var date = new LocalDate(2027, 3, 1);
        var entries = new[] { "b", "a1", "a-2", "a" }
            .Select(slug => Entry(At(slug, "Europe/Warsaw", date, new LocalTime(9, 0))))
            .ToList();

        var snapshot = new EventCatalogSnapshot(entries, 1);

        // Ordinal: '-' comes before '1', where a culture's comparison would skip the hyphen and put a1 first.
        Assert.Equal(["a", "a-2", "a1", "b"], Slugs(snapshot));
    }

    [Fact]
    public void Entries_without_a_start_come_last_in_slug_order()
    {
        var late = Entry(At("pozno", "Europe/Warsaw", new LocalDate(9999, 12, 30), new LocalTime(23, 0)));
        var nowhereB = Entry(At("nigdzie-b", "Europe/Wroclaw", new LocalDate(2027, 3, 1), new LocalTime(9, 0)));
        var nowhereA = Entry(At("nigdzie-a", "Europe/Wroclaw", new LocalDate(2020, 3, 1), new LocalTime(9, 0)));

        var snapshot = new EventCatalogSnapshot([nowhereB, late, nowhereA], 1);

        Assert.Null(nowhereA.Schedule.Start);
        Assert.Equal(["pozno", "nigdzie-a", "nigdzie-b"], Slugs(snapshot));
    }

    [Fact]
    public void Events_at_the_edges_of_the_supported_dates_sort_by_their_instants()
    {
        // The first supported date at UTC+14 starts on 1 January of the year 1 in UTC, the last at UTC-12 on the last
        // day of the year 9999: both are instants NodaTime holds.
        var first = Entry(At("pierwsze", "Etc/GMT-14", EventLimits.MinDate, LocalTime.Midnight));
        var last = Entry(At("ostatnie", "Etc/GMT+12", EventLimits.MaxDate, new LocalTime(22, 0)));
        var middle = Entry(At("srodek", "Europe/Warsaw", new LocalDate(2027, 3, 1), new LocalTime(9, 0)));

        var snapshot = new EventCatalogSnapshot([last, middle, first], 1);

        Assert.Equal(["pierwsze", "srodek", "ostatnie"], Slugs(snapshot));
        Assert.Equal(Instant.FromUtc(1, 1, 1, 10, 0), first.Schedule.Start!.Value.ToInstant());
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 10, 0), last.Schedule.Start!.Value.ToInstant());
    }

    [Fact]
    public void Of_two_entries_with_one_slug_the_first_is_kept()
    {
        var first = Entry(At("targi", "Europe/Warsaw", new LocalDate(2027, 3, 2), new LocalTime(9, 0)), "first.json");
        var second = Entry(At("targi", "Europe/Warsaw", new LocalDate(2027, 3, 1), new LocalTime(9, 0)), "second.json");

        var snapshot = new EventCatalogSnapshot([first, second], 1);

        Assert.Same(first, Assert.Single(snapshot.Entries));
        Assert.Same(first, snapshot.Find("targi"));
    }

    [Fact]
    public void An_entry_is_found_by_its_slug_exactly()
    {
        var fair = Entry(At("targi", "Europe/Warsaw", new LocalDate(2027, 3, 1), new LocalTime(9, 0)));
        var snapshot = new EventCatalogSnapshot([fair], 1);

        Assert.Same(fair, snapshot.Find("targi"));
        Assert.Null(snapshot.Find("Targi"));
        Assert.Null(snapshot.Find("targi "));
        Assert.Null(snapshot.Find("inne"));
        Assert.Null(snapshot.Find(null!));
    }

    [Fact]
    public void The_last_change_is_the_latest_of_the_entries()
    {
        var date = new LocalDate(2027, 3, 1);
        var entries = new[] { Instant.FromUtc(2026, 5, 1, 0, 0), Instant.FromUtc(2026, 7, 1, 0, 0), Instant.FromUtc(2026, 6, 1, 0, 0) }
            .Select((changed, i) => Entry(At("e" + i, "Europe/Warsaw", date, new LocalTime(9, 0)), lastModified: changed))
            .ToList();

        var snapshot = new EventCatalogSnapshot(entries, 7);

        Assert.Equal(Instant.FromUtc(2026, 7, 1, 0, 0), snapshot.LastModified);
        Assert.Equal(7, snapshot.Version);
    }

    [Fact]
    public void An_empty_snapshot_has_no_entries_and_changed_at_the_start_of_time()
    {
        var snapshot = new EventCatalogSnapshot([], 3);

        Assert.Empty(snapshot.Entries);
        Assert.Equal(Instant.MinValue, snapshot.LastModified);
        Assert.Equal(3, snapshot.Version);
    }

    [Fact]
    public void The_shared_empty_snapshot_is_version_0()
    {
        Assert.Empty(EventCatalogSnapshot.Empty.Entries);
        Assert.Equal(0, EventCatalogSnapshot.Empty.Version);
        Assert.Equal(Instant.MinValue, EventCatalogSnapshot.Empty.LastModified);
        Assert.Same(EventCatalogSnapshot.Empty, EventCatalogSnapshot.Empty);
    }

    [Fact]
    public void A_null_list_of_entries_is_refused_naming_it() =>
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new EventCatalogSnapshot(null!, 1)).ParamName);

    private static Event At(string slug, string zone, LocalDate date, LocalTime start) =>
        Event.CreateBuilder(new EventId(slug + "-id"), "Wydarzenie " + slug)
            .WithSlug(new Slug(slug))
            .InZone(zone)
            .On(date, start, start == new LocalTime(23, 0) || start == new LocalTime(22, 0) ? new LocalTime(23, 30) : start.PlusHours(1))
            .Build();

    private static CatalogEntry Entry(Event e, string source = "memory", Instant? lastModified = null) =>
        new(e, Scheduler.Schedule(e), source, lastModified ?? Loaded);

    private static List<string> Slugs(EventCatalogSnapshot snapshot) => [.. snapshot.Entries.Select(e => e.Event.Slug.Value)];
}
