using CsCheck;
using NodaTime;
using NodaTime.TimeZones;
using Prb.Events.Ical.Tests.TestSupport;
using Xunit.Abstractions;

namespace Prb.Events.Ical.Tests;

/// <summary>
/// Random series in Europe/Warsaw and America/New_York, starting often in the hour a change of clocks skips or repeats,
/// with a cancelled and a moved occurrence, exported and expanded again by Ical.Net's evaluator and by ical.js's
/// iterator: both must give Core's occurrences (<see cref="EventScheduler.Occurrences"/>, lenient policy, which is what
/// RFC 5545 asks of clients for such times).
/// </summary>
/// <remarks>Known differences of Ical.Net 5.2.4 from RFC 5545, which Core's own oracle tests document
/// (OccurrencesOracleTests), are left out of the Ical.Net comparison and compared with ical.js instead: a yearly rule with
/// UNTIL, a yearly rule with month days or weekdays but no months. The end of an occurrence during which the clocks
/// change is compared only with Core's own rule in mind: Core keeps the first occurrence's exact length (RFC 5545,
/// section 3.8.5.3), Ical.Net and ical.js keep its local length, an hour apart; there the starts are compared alone.</remarks>
public sealed class SeriesOracleTests(ITestOutputHelper output)
{
    private const string Domain = "events.prb.example";

    private static readonly IcalendarExporter Exporter = Samples.Exporter(Samples.WithItems);

    private static readonly Gen<LocalTime> Times = Gen.OneOf(
        Gen.Int[0, 23].Select(Gen.OneOf(Gen.Const(0), Gen.Const(30)), (h, m) => new LocalTime(h, m)),
        Gen.OneOf(Gen.Const(new LocalTime(2, 30)), Gen.Const(new LocalTime(1, 30)), Gen.Const(new LocalTime(2, 0)), Gen.Const(new LocalTime(23, 30))));

    private static Gen<RecurrenceRule> Rules(LocalDate anchor, bool icalNetOnly, bool untilOnly) =>
        Gen.Select(icalNetOnly ? Gen.Enum<RecurrenceFrequency>() : Gen.Const(RecurrenceFrequency.Yearly), Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 1_000_000])
            .Select(t =>
            {
                var (frequency, interval, dayCount, monthDayCount, monthCount, end, seed) = t;
                var random = new Random(seed);
                var ordinals = frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly;
                var days = Enumerable.Range(0, dayCount).Select(_ => new RecurrenceWeekday((IsoDayOfWeek)random.Next(1, 8),
                    ordinals && random.Next(2) == 0 ? (random.Next(2) == 0 ? -1 : 1) * random.Next(1, 5) : 0)).Distinct().ToList();
                var monthDays = frequency == RecurrenceFrequency.Weekly ? [] : Enumerable.Range(0, monthDayCount)
                    .Select(_ => (random.Next(4) == 0 ? -1 : 1) * random.Next(1, 32)).Distinct().ToList();
                var months = Enumerable.Range(0, monthCount).Select(_ => random.Next(1, 13)).Distinct().ToList();
                var yearly = frequency == RecurrenceFrequency.Yearly;
                if (!icalNetOnly)
                {
                    // ical.js 2.2.1 gets month days of yearly rules wrong (the 31st of a 30-day month rolls over into the
                    // next month, -29 in March counts from February's end, month days with weekdays are missed); those
                    // rules are compared with Ical.Net above.
                    monthDays = [];
                }

                if (yearly && months.Count == 0 && monthDays.Count > 0 && days.Any(d => d.Ordinal != 0))
                {
                    // Month days and an ordinal weekday in a yearly rule without months: no client reads month days
                    // in every month here (see RecurrenceRuleWriter), so the model's reading cannot be written.
                    days = [.. days.Select(d => new RecurrenceWeekday(d.Day))];
                }

                // Month days alone in a yearly rule without months are written with all twelve months, which Ical.Net reads
                // as the model does; weekdays there are left out (Ical.Net 5.2.4 stops a yearly rule with weekdays, no
                // months and an interval after its second period).
                if (icalNetOnly && yearly && days.Count > 0 && months.Count == 0)
                {
                    months.Add(random.Next(1, 13));
                }

                var untilAllowed = !(icalNetOnly && yearly);
                return new RecurrenceRule(frequency, interval, days, monthDays, months,
                    (end == 1 || untilOnly) && untilAllowed ? anchor.PlusDays(random.Next(0, 1500)) : null,
                    end == 2 && !untilOnly ? random.Next(1, 80) : null);
            });

    // ical.js 2.2.1 puts a time the clocks skip an hour earlier (RFC 5545 and Core: an hour later), a time they repeat
    // at its second occurrence (RFC 5545 and Core: the first; America/New_York repeats 01:00-01:59), and places moved
    // occurrences by its own reading; its random series start outside 01:00-02:59 and move nothing (the example series,
    // with its moved occurrence, is compared with ical.js in SeriesExportTests).
    internal static Gen<Event> Series(string id, bool icalNetOnly, bool untilOnly = false) =>
        Gen.Select(Gen.OneOf(Gen.Const("Europe/Warsaw"), Gen.Const("America/New_York")), Gen.Int[0, 3650],
                icalNetOnly ? Times : Times.Where(t => t.Hour is not (1 or 2)), Gen.Int[15, 300], Gen.Int[0, 6], icalNetOnly ? Gen.Int[0, 6] : Gen.Const(99))
            .SelectMany(t =>
            {
                var (zone, offset, time, minutes, cancelAt, moveAt) = t;
                var anchor = new LocalDate(2019, 1, 1).PlusDays(offset);
                return Rules(anchor, icalNetOnly, untilOnly).Select(rule => Make(id, zone, anchor, time, minutes, rule, cancelAt, moveAt));
            })
            .Where(e => e is not null)
            .Select(e => e!);

    private static Event? Make(string id, string zoneId, LocalDate anchor, LocalTime time, int minutes, RecurrenceRule rule, int cancelAt, int moveAt)
    {
        Event Build(LocalDate date, Action<EventBuilder>? more = null)
        {
            var builder = Event.CreateBuilder(new EventId(id), "Seria " + id).InZone(zoneId)
                .OnDay(new EventDay(date.At(time), date.At(time).PlusMinutes(minutes))).Repeats(rule);
            more?.Invoke(builder);
            return builder.Build();
        }

        // A series starts on a date of its rule: the first one from the anchor (none: the rule never occurs).
        var first = SeriesOracle.Lenient.Occurrences(Build(anchor), new Interval(null, null)).Select(o => (LocalDate?)o.OriginalDate).FirstOrDefault();
        if (first is not { } start)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        if (!HasLength(zone, start.At(time), minutes))
        {
            return null; // From a skipped time to one that comes sooner: no length.
        }

        var dates = SeriesOracle.Lenient.Occurrences(Build(start), new Interval(null, null)).Take(8).Select(o => o.OriginalDate).ToList();
        if (moveAt < dates.Count && moveAt != cancelAt && !HasLength(zone, dates[moveAt].At(time).PlusHours(26), minutes))
        {
            return null; // The moved occurrence, too, would go from a skipped time to one that comes sooner.
        }

        if (moveAt < dates.Count && moveAt != cancelAt && zone.MapLocal(dates[moveAt].At(time)).Count != 1)
        {
            // Ical.Net 5.2.4 does not match a RECURRENCE-ID whose local time the clocks skip or repeat to the occurrence
            // it names (RFC 5545 reads it as DTSTART would be read), so it shows both; a known difference of the oracle.
            return null;
        }
        return Build(start, builder =>
        {
            if (cancelAt < dates.Count)
            {
                builder.CancelOccurrence(dates[cancelAt]);
            }

            if (moveAt < dates.Count && moveAt != cancelAt)
            {
                // Moved a day and two hours later, with its own title.
                var moved = dates[moveAt].At(time).PlusHours(26);
                builder.OverrideOccurrence(new OccurrenceOverride(dates[moveAt], new EventTime(moved), new EventTime(moved.PlusMinutes(minutes)), "Przeniesione 📚 " + id));
            }
        });
    }

    /// <summary>Whether a span of local time, resolved leniently, ends after it starts (a start the clocks skip moves
    /// forward past an end that does not).</summary>
    private static bool HasLength(DateTimeZone zone, LocalDateTime start, int minutes) =>
        zone.ResolveLocal(start.PlusMinutes(minutes), Resolvers.LenientResolver).ToInstant()
        > zone.ResolveLocal(start, Resolvers.LenientResolver).ToInstant();

    /// <summary>Each occurrence as compared: its end only when no change of clocks falls within it.</summary>
    private static List<(string Uid, Instant Start, Instant? End, string Summary)> Compared(IEnumerable<SeriesOracle.Seen> seen, DateTimeZone zone) =>
        [.. seen.Select(s =>
        {
            var interval = zone.GetZoneInterval(s.Start);
            var clockChange = interval.HasEnd && interval.End < s.Start + Duration.FromHours(6);
            return (s.Uid, s.Start, clockChange ? null : (Instant?)s.End, s.Summary);
        })];

    private static Instant Horizon(Event e) =>
        DateTimeZoneProviders.Tzdb[e.TimeZoneId].AtStartOfDay(e.Days[0].Date.PlusYears(6)).ToInstant();

    [Fact]
    public void Icalnet_evaluates_random_exported_series_to_cores_occurrences()
    {
        var series = 0;
        var occurrences = 0;
        Series("seria", icalNetOnly: true).Sample(e =>
        {
            var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
            var to = Horizon(e);
            var core = Compared(SeriesOracle.Core(e, Domain, to), zone);
            var theirs = Compared(SeriesOracle.IcalNet(Exporter.ToText(e), to), zone);
            Assert.Equal(core, theirs);
            Interlocked.Increment(ref series);
            Interlocked.Add(ref occurrences, core.Count);
        }, iter: 500, threads: 1, print: e => Exporter.ToText(e));
        output.WriteLine($"{series} series, {occurrences} occurrences compared with Ical.Net");
        Assert.True(occurrences > 2 * series, "The series should have occurrences.");
    }

    [Fact]
    public void Icaljs_expands_random_exported_yearly_series_in_one_feed_to_cores_occurrences()
    {
        // The yearly rules Ical.Net 5.2.4 gets wrong (UNTIL; weekdays without months and an interval), each ending by a
        // date: ical.js's iterator looks for the next date without a bound of its own, so a rare open-ended rule can keep
        // it busy for centuries. (ical.js 2.2.1 has its own gap: a monthly rule with BYMONTH and an INTERVAL takes every
        // month named, ignoring the interval; Ical.Net checks monthly rules above.) Open-ended series and the example are
        // compared with ical.js in SeriesExportTests.
        // A fixed seed: ical.js is a second implementation with its own readings (see above), and a reading not yet known
        // must not turn one run of CI red and the next green. The Ical.Net comparison above stays random.
        var pcg = new PCG(7, 20261129);
        var events = Enumerable.Range(0, 40).Select(i => Series("s" + i, icalNetOnly: false, untilOnly: true).Generate(pcg, null, out _)).ToArray();
        var feed = Exporter.FeedToUtf8(events);
        var to = Instant.FromUtc(2037, 1, 1, 0, 0);
        var theirs = SeriesOracle.IcalJs(feed, to);
        var occurrences = 0;
        foreach (var e in events)
        {
            var zone = DateTimeZoneProviders.Tzdb[e.TimeZoneId];
            var until = Min(Horizon(e), to);
            var core = Compared(SeriesOracle.Core(e, Domain, until), zone);
            var seen = Compared(theirs.Where(s => s.Uid == $"{e.Id}@{Domain}" && s.Start < until), zone);
            Assert.True(core.SequenceEqual(seen), $"{e.Series!.Rule} from {e.Days[0].Start} in {e.TimeZoneId}:\ncore:  {string.Join(", ", core.Select(c => c.Start))}\nicaljs: {string.Join(", ", seen.Select(c => c.Start))}");
            occurrences += core.Count;
        }

        output.WriteLine($"{events.Length} series, {occurrences} occurrences compared with ical.js");
        Assert.True(occurrences > 2 * events.Length);
    }

    [Fact]
    public void Random_series_export_to_the_same_octets_every_time()
    {
        Series("seria", icalNetOnly: false).Sample(e => Assert.Equal(Exporter.ToUtf8(e), Samples.Exporter(Samples.WithItems).ToUtf8(e)), iter: 100);
    }

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
