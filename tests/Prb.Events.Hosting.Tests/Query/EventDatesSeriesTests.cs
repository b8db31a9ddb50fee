using CsCheck;
using NodaTime;

namespace Prb.Events.Hosting.Tests.Query;

/// <summary>The date filter on series: occurrences match, cancelled ones do not, moved ones match at their new date.</summary>
public class EventDatesSeriesTests
{
    private static readonly EventScheduler Scheduler = new(DateTimeZoneProviders.Tzdb);
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    private static readonly LocalDate First = new(2027, 1, 12);

    /// <summary>Every second Tuesday 17:00–18:30 until 29 June 2027; 26 January cancelled; 9 February moved to Thursday
    /// 11 February; 23 February cancelled by its override's status.</summary>
    private static Event BookClub(LocalDate? until = null, bool openEnded = false) =>
        Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
            .On(First, new LocalTime(17, 0), new LocalTime(18, 30))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)],
                until: openEnded ? null : until ?? new LocalDate(2027, 6, 29)))
            .CancelOccurrence(new LocalDate(2027, 1, 26))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 2, 9), new LocalDate(2027, 2, 11).At(new LocalTime(18, 0)),
                new LocalDate(2027, 2, 11).At(new LocalTime(19, 30))))
            .OverrideOccurrence(new OccurrenceOverride(new LocalDate(2027, 2, 23), new LocalDate(2027, 2, 23).At(new LocalTime(17, 0)),
                new LocalDate(2027, 2, 23).At(new LocalTime(18, 30)), status: EventStatus.Cancelled))
            .Build();

    private static CatalogEntry Entry(Event e) => new(e, Scheduler.Schedule(e), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));

    [Theory]
    [InlineData("2027-01-12", "2027-01-12", true)]   // the first occurrence
    [InlineData("2027-06-15", "2027-06-15", true)]   // a later one, not the first start
    [InlineData("2027-01-13", "2027-01-25", false)]  // between two occurrences
    [InlineData("2027-01-26", "2027-01-26", false)]  // cancelled
    [InlineData("2027-02-23", "2027-02-23", false)]  // cancelled by its override
    [InlineData("2027-02-09", "2027-02-09", false)]  // moved away from here...
    [InlineData("2027-02-11", "2027-02-11", true)]   // ...to here
    [InlineData("2027-06-29", null, true)]           // the last one
    [InlineData("2027-06-30", null, false)]          // after until
    [InlineData(null, "2027-01-11", false)]          // before the first
    [InlineData(null, "2027-01-12", true)]
    [InlineData("2027-01-24", "2027-01-27", false)]  // a range holding only a cancelled occurrence
    public void FallsIn_Series_ByOccurrences(string? from, string? to, bool expected) =>
        Assert.Equal(expected, EventDates.FallsIn(Entry(BookClub()), Date(from), Date(to), zone: null));

    [Fact]
    public void FallsIn_Series_InAnotherZone_UsesThatZonesDates()
    {
        // 17:00 in Warsaw (UTC+1 in January) is 01:00 the next day in Tokyo.
        var entry = Entry(BookClub());

        Assert.False(EventDates.FallsIn(entry, First, First, Tokyo));
        Assert.True(EventDates.FallsIn(entry, First.PlusDays(1), First.PlusDays(1), Tokyo));
    }

    [Fact]
    public void FallsIn_OpenEndedSeries_FromAlone_FindsAnOccurrenceFarAhead()
    {
        var entry = Entry(BookClub(openEnded: true));

        Assert.True(EventDates.FallsIn(entry, new LocalDate(2400, 3, 1), null, null));
        Assert.True(EventDates.FallsIn(entry, new LocalDate(2400, 3, 1), new LocalDate(2400, 3, 14), null));
        Assert.False(EventDates.FallsIn(entry, null, new LocalDate(2026, 12, 31), null));
    }

    [Fact]
    public void FallsIn_OpenEndedSeries_AtTheEndOfTheTimeLine_IsAnswered()
    {
        var entry = Entry(BookClub(openEnded: true));

        var ex = Record.Exception(() => EventDates.FallsIn(entry, LocalDate.MaxIsoValue.PlusDays(-3), LocalDate.MaxIsoValue, Tokyo));

        Assert.Null(ex);
    }

    /// <summary>Against a brute-force oracle: the series fully expanded once, each occurrence's dates in the zone
    /// computed independently, a range matching when any occurrence's dates meet it.</summary>
    [Fact]
    public void FallsIn_Series_AgreesWithTheFullExpansion()
    {
        var entry = Entry(BookClub());
        var all = entry.Schedule.Occurrences(new Interval(null, null)).Where(o => o.Status != EventStatus.Cancelled).ToList();
        Assert.Equal(11, all.Count); // 13 dates of the rule, one cancelled, one cancelled by status
        var zones = new[] { Warsaw, Tokyo, DateTimeZoneProviders.Tzdb["America/Los_Angeles"] };
        var day = Gen.Int[-20, 190].Select(d => new LocalDate(2027, 1, 1).PlusDays(d));
        Gen.Select(day, Gen.Int[0, 30], Gen.Int[0, 3], Gen.Int[0, 2]).Sample((from, length, open, z) =>
        {
            var zone = zones[z];
            LocalDate? f = open == 1 ? null : from;
            LocalDate? t = open == 2 ? null : from.PlusDays(length);
            var expected = all.Any(o =>
            {
                var first = o.Start.ToInstant().InZone(zone).Date;
                var last = (o.End.ToInstant() - Duration.Epsilon).InZone(zone).Date;
                return (f is null || last >= f) && (t is null || first <= t);
            });
            return expected == EventDates.FallsIn(entry, f, t, zone);
        }, iter: 2000);
    }

    private static LocalDate? Date(string? text) => text is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}

/// <summary>The work of the series filter is counted, not timed: every occurrence resolved asks its zone for the offset
/// in force, so a zone that counts those questions counts the occurrences expanded.</summary>
public class EventDatesSeriesWorkTests
{
    [Fact]
    public void FallsIn_OpenEndedSeries_ExpandsFromTheRange_NotFromTheFirstDate()
    {
        var zone = new CountingZone(DateTimeZoneProviders.Tzdb["Europe/Warsaw"]);
        var scheduler = new EventScheduler(new OneZoneProvider(zone));
        var weekly = Event.CreateBuilder(new EventId("co-tydzien"), "Co tydzień").InZone(zone.Id)
            .On(new LocalDate(2027, 1, 12), new LocalTime(17, 0), new LocalTime(18, 0))
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly))
            .Build();
        var entry = new CatalogEntry(weekly, scheduler.Schedule(weekly), "memory", Instant.FromUtc(2027, 1, 1, 0, 0));

        long Work(LocalDate from, LocalDate? to)
        {
            var before = zone.Calls;
            Assert.True(EventDates.FallsIn(entry, from, to, null));
            return zone.Calls - before;
        }

        var near = Work(new LocalDate(2027, 2, 1), null);
        var far = Work(new LocalDate(2427, 2, 1), null); // about 20,900 weeks later
        var farRange = Work(new LocalDate(2427, 2, 1), new LocalDate(2427, 2, 28));

        // The counter sees expansion: ten years from the first date (some 520 occurrences) is far more work.
        var before = zone.Calls;
        var tenYears = entry.Schedule.Occurrences(new Interval(null, Instant.FromUtc(2037, 1, 1, 0, 0))).Count();
        var linear = zone.Calls - before;

        Assert.InRange(tenYears, 500, 530);
        Assert.True(near > 0);
        Assert.True(linear > 50 * near, $"near {near}, ten years {linear}");
        // Expanding from the first date would be some 20,000 times the work; from the range it is about the same.
        Assert.True(far <= 4 * near + 16, $"near {near}, far {far}");
        Assert.True(farRange <= 4 * near + 16, $"near {near}, far with an end {farRange}");
    }

    private sealed class CountingZone(DateTimeZone inner) : DateTimeZone("Test/Counting", false, inner.MinOffset, inner.MaxOffset)
    {
        public long Calls { get; private set; }

        public override NodaTime.TimeZones.ZoneInterval GetZoneInterval(Instant instant)
        {
            Calls++;
            return inner.GetZoneInterval(instant);
        }
    }

    private sealed class OneZoneProvider(DateTimeZone zone) : IDateTimeZoneProvider
    {
        public string VersionId => "test";

        public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => new([zone.Id]);

        public DateTimeZone this[string id] => GetZoneOrNull(id) ?? throw new NodaTime.TimeZones.DateTimeZoneNotFoundException(id);

        public DateTimeZone GetSystemDefault() => throw new NotSupportedException("The tests use no system zone.");

        public DateTimeZone? GetZoneOrNull(string id) => id == zone.Id ? zone : null;
    }
}
