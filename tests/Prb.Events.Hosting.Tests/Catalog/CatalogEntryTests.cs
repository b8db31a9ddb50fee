using NodaTime;
using Prb.Events.Hosting.Tests.TestSupport;

namespace Prb.Events.Hosting.Tests.Catalog;

/// <summary>One entry of a snapshot: what it holds, and a refusal of a schedule that is not its event's.</summary>
public sealed class CatalogEntryTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);
    private static readonly Instant Changed = Instant.FromUtc(2026, 11, 29, 12, 0);

    [Fact]
    public void An_entry_holds_its_event_schedule_source_and_last_change()
    {
        var seed = Seed.Event;
        var schedule = Scheduler.Schedule(seed);

        var entry = new CatalogEntry(seed, schedule, "prb-2011-11-09-wroclaw.json", Changed);

        Assert.Same(seed, entry.Event);
        Assert.Same(schedule, entry.Schedule);
        Assert.Equal("prb-2011-11-09-wroclaw.json", entry.Source);
        Assert.Equal(Changed, entry.LastModified);
    }

    [Fact]
    public void The_schedule_of_an_equal_but_other_event_is_refused_naming_schedule()
    {
        var seed = Seed.Event;
        var other = Seed.Event;

        var ex = Assert.Throws<ArgumentException>(() => new CatalogEntry(seed, Scheduler.Schedule(other), "memory", Changed));

        Assert.Equal("schedule", ex.ParamName);
        Assert.StartsWith("The schedule is of another event.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_event_is_refused_naming_event() =>
        Assert.Equal("event", Assert.Throws<ArgumentNullException>(() => new CatalogEntry(null!, Scheduler.Schedule(Seed.Event), "memory", Changed)).ParamName);

    [Fact]
    public void A_null_schedule_is_refused_naming_schedule() =>
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => new CatalogEntry(Seed.Event, null!, "memory", Changed)).ParamName);

    [Fact]
    public void A_null_source_is_refused_naming_source()
    {
        var seed = Seed.Event;

        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new CatalogEntry(seed, Scheduler.Schedule(seed), null!, Changed)).ParamName);
    }
}
