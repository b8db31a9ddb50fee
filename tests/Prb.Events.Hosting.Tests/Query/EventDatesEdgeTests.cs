using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>The date filter at its edges: days that run past midnight, days seen from a zone of the same offsets,
/// the end of the time line, and a series occurrence that runs overnight.</summary>
public sealed class EventDatesEdgeTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    private static CatalogEntry Entry(Event e) => new(e, Scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));

    private static Event OneDay(string zone, LocalDateTime start, LocalDateTime end) =>
        Event.CreateBuilder(new EventId("dzien"), "Dzień").InZone(zone)
            .OnDay(new EventDay(new EventTime(start), new EventTime(end)))
            .Build();

    private static bool FallsOn(Event e, LocalDate date, DateTimeZone? zone = null) => EventDates.FallsIn(Entry(e), date, date, zone);

    [Fact]
    public void A_night_that_ends_in_the_morning_touches_both_dates()
    {
        var night = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 20, 0), new LocalDateTime(2027, 5, 11, 10, 0));

        Assert.True(FallsOn(night, new LocalDate(2027, 5, 10)));
        Assert.True(FallsOn(night, new LocalDate(2027, 5, 11)));
        Assert.False(FallsOn(night, new LocalDate(2027, 5, 12)));
        Assert.False(FallsOn(night, new LocalDate(2027, 5, 9)));
    }

    [Fact]
    public void Three_dates_ending_at_midnight_touch_the_middle_and_not_the_last()
    {
        var marathon = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 20, 0), new LocalDateTime(2027, 5, 12, 0, 0));

        Assert.True(FallsOn(marathon, new LocalDate(2027, 5, 11)));
        Assert.False(FallsOn(marathon, new LocalDate(2027, 5, 12)));
    }

    [Fact]
    public void An_evening_ending_at_midnight_seen_from_a_zone_of_the_same_offsets_does_not_touch_the_next_date()
    {
        var evening = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 20, 0), new LocalDateTime(2027, 5, 11, 0, 0));

        Assert.True(FallsOn(evening, new LocalDate(2027, 5, 10), Berlin));
        Assert.False(FallsOn(evening, new LocalDate(2027, 5, 11), Berlin));
    }

    [Fact]
    public void A_night_seen_from_another_zone_touches_the_dates_it_spans_there()
    {
        // 20:00 on 10 May to 10:00 on 11 May in Warsaw (UTC+2) is 03:00 on 11 May to 17:00 on 11 May in Tokyo.
        var night = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 20, 0), new LocalDateTime(2027, 5, 11, 10, 0));
        // 10:00 on 10 May to 22:00 on 11 May in Warsaw is 17:00 on 10 May to 05:00 on 12 May in Tokyo.
        var long_ = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 10, 0), new LocalDateTime(2027, 5, 11, 22, 0));

        Assert.False(FallsOn(night, new LocalDate(2027, 5, 10), Tokyo));
        Assert.True(FallsOn(night, new LocalDate(2027, 5, 11), Tokyo));
        Assert.True(FallsOn(long_, new LocalDate(2027, 5, 12), Tokyo));
        Assert.True(FallsOn(long_, new LocalDate(2027, 5, 11), Tokyo));
    }

    [Fact]
    public void A_day_that_ends_before_it_starts_touches_its_start_date_only()
    {
        // Validation reports such a day; a catalogue that does not validate (in memory) may still hold one.
        var backwards = OneDay("Europe/Warsaw", new LocalDateTime(2027, 5, 10, 10, 0), new LocalDateTime(2027, 5, 9, 12, 0));

        Assert.True(FallsOn(backwards, new LocalDate(2027, 5, 10)));
        Assert.False(FallsOn(backwards, new LocalDate(2027, 5, 9)));
        Assert.True(FallsOn(backwards, new LocalDate(2027, 5, 10), Tokyo));
        Assert.False(FallsOn(backwards, new LocalDate(2027, 5, 9), Tokyo));
    }

    [Fact]
    public void A_day_at_the_end_of_the_time_line_seen_from_far_east_is_on_the_last_date()
    {
        // 22:00–23:00 on 30 December 9999 at UTC-12 is already the year 10000 at UTC+14, past NodaTime's last date.
        var last = OneDay("Etc/GMT+12", new LocalDateTime(9999, 12, 30, 22, 0), new LocalDateTime(9999, 12, 30, 23, 0));
        var kiritimati = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"];

        Assert.True(EventDates.FallsIn(Entry(last), LocalDate.MaxIsoValue, null, kiritimati));
        Assert.False(EventDates.FallsIn(Entry(last), null, new LocalDate(9999, 12, 30), kiritimati));
    }

    [Fact]
    public void An_overnight_series_occurrence_touches_the_next_date()
    {
        var nights = Event.CreateBuilder(new EventId("noce"), "Noce bibliotek").InZone("Europe/Warsaw")
            .OnDay(new EventDay(new EventTime(new LocalDateTime(2027, 6, 4, 22, 0)), new EventTime(new LocalDateTime(2027, 6, 5, 2, 0))))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3))
            .Build();

        Assert.True(FallsOn(nights, new LocalDate(2027, 6, 5)));
        Assert.True(FallsOn(nights, new LocalDate(2027, 6, 12)));
        Assert.False(FallsOn(nights, new LocalDate(2027, 6, 6)));
        Assert.False(FallsOn(nights, new LocalDate(2027, 6, 20)));
    }

    [Fact]
    public void A_range_that_ends_days_before_it_starts_holds_no_occurrence_of_a_series()
    {
        var weekly = Event.CreateBuilder(new EventId("co-tydzien"), "Co tydzień").InZone("Europe/Warsaw")
            .On(new LocalDate(2027, 6, 1), new LocalTime(17, 0), new LocalTime(18, 0))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Daily, count: 30))
            .Build();

        Assert.False(EventDates.FallsIn(Entry(weekly), new LocalDate(2027, 6, 10), new LocalDate(2027, 6, 5), null));
        Assert.True(EventDates.FallsIn(Entry(weekly), new LocalDate(2027, 6, 5), new LocalDate(2027, 6, 5), null));
    }

    [Fact]
    public void A_missing_entry_is_refused_by_name() =>
        Assert.Equal("entry", Assert.Throws<ArgumentNullException>(() => EventDates.FallsIn(null!, null, null, null)).ParamName);
}
