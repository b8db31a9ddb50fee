using CsCheck;
using NodaTime;
using Prb.Events.Tests.Support;
using Prb.Events.Tests.TestSupport;
using Xunit.Abstractions;

namespace Prb.Events.Tests.Scheduling;

/// <summary>
/// Expansion against Ical.Net's RRULE evaluator on random rules in Europe/Warsaw and America/New_York, over windows that
/// cross changes of clocks, starts often put in the hour that is skipped or repeated. Under the lenient policy the two
/// agree on every start and end: a skipped time moves forward by the gap and a repeated one takes its first occurrence,
/// as RFC 5545 says. (Under the strict policy such an occurrence is left out with an error instead: a deliberate difference.)
/// </summary>
public sealed class OccurrencesOracleTests(ITestOutputHelper output)
{
    private static readonly EventScheduler Lenient = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Lenient);
    private static readonly EventScheduler Strict = new(DateTimeZoneProviders.Tzdb, LocalTimePolicy.Strict);

    private static readonly Gen<RecurrenceFrequency> Frequencies = Gen.Enum<RecurrenceFrequency>();

    private static readonly Gen<LocalTime> Times = Gen.OneOf(
        Gen.Int[0, 23].Select(Gen.OneOf(Gen.Const(0), Gen.Const(30)), (h, m) => new LocalTime(h, m)),
        Gen.OneOf(Gen.Const(new LocalTime(2, 30)), Gen.Const(new LocalTime(1, 30)), Gen.Const(new LocalTime(2, 0)), Gen.Const(new LocalTime(23, 30))));

    private static Gen<RecurrenceRule> Rules(LocalDate anchor) =>
        Gen.Select(Frequencies, Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 1_000_000])
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
                if (frequency == RecurrenceFrequency.Yearly && (monthDays.Count > 0 || days.Count > 0) && months.Count == 0)
                {
                    // Known differences, left out here: a yearly rule with month days and no months expands to those days
                    // of every month (RFC 5545's table: BYMONTHDAY expands a yearly period), where Ical.Net 5.2.4 keeps
                    // the start's month; and for a yearly rule with weekdays and no months and an interval above 1,
                    // Ical.Net 5.2.4 stops after the second period. Examples in EventOccurrencesTests pin this library's reading.
                    months.Add(random.Next(1, 13));
                }

                // A known difference, left out here: Ical.Net 5.2.4 ends a yearly rule at the first period whose start's
                // anniversary of DTSTART is after UNTIL, missing earlier dates of that period (RFC 5545 bounds occurrences,
                // not periods); EventOccurrencesTests.Yearly_UntilInsideTheLastPeriod pins this library's reading.
                var untilAllowed = frequency != RecurrenceFrequency.Yearly;
                return new RecurrenceRule(frequency, interval, days, monthDays, months,
                    end == 1 && untilAllowed ? anchor.PlusDays(random.Next(0, 1500)) : null,
                    end == 2 ? random.Next(1, 80) : null);
            });

    private static readonly Gen<(Event Event, Instant From, Instant To)> Cases =
        Gen.Select(Gen.OneOf(Gen.Const("Europe/Warsaw"), Gen.Const("America/New_York")), Gen.Int[0, 3650], Times, Gen.Int[15, 300], Gen.Int[0, 1000], Gen.Int[30, 1500])
            .SelectMany(t =>
            {
                var (zoneId, dayOffset, time, minutes, fromOffset, windowDays) = t;
                var anchor = new LocalDate(2019, 1, 1).PlusDays(dayOffset);
                return Rules(anchor).Select(Gen.Int[0, 6], (rule, cancelAt) => Make(zoneId, anchor, time, minutes, rule, cancelAt, fromOffset, windowDays));
            })
            .Where(c => c.HasValue)
            .Select(c => c!.Value);

    private static (Event Event, Instant From, Instant To)? Make(string zoneId, LocalDate anchor, LocalTime time, int minutes, RecurrenceRule rule, int cancelAt, int fromOffset, int windowDays)
    {
        // RFC 5545 leaves a series whose start is off its own rule undefined (validation reports it), so start on the first date the rule gives.
        if (new RecurrenceDates(rule, anchor).FirstDate() is not { } first)
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var start = first.At(time);
        if (zone.ResolveLocal(start.PlusMinutes(minutes), NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant()
            <= zone.ResolveLocal(start, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant())
        {
            // A first occurrence from a skipped time to a time that comes sooner has no length; Ical.Net throws on it.
            return null;
        }

        var builder = Event.CreateBuilder(new EventId("oracle"), "Oracle").InZone(zoneId)
            .OnDay(new EventDay(start, start.PlusMinutes(minutes))).Repeats(rule);
        var probe = builder.Build();
        var cancelled = Lenient.Occurrences(probe, new Interval(null, null)).Skip(cancelAt).Take(1).Select(o => o.OriginalDate).ToList();
        foreach (var date in cancelled)
        {
            builder.CancelOccurrence(date);
        }

        var from = zone.AtStartOfDay(first.PlusDays(fromOffset - 40)).ToInstant();
        return (builder.Build(), from, from + Duration.FromDays(windowDays));
    }

    /// <summary>The end, except for an occurrence during which the clocks change: there Ical.Net 5.2.4 does not end the
    /// occurrence after the exact duration of the first one, which RFC 5545 asks for and this library does (a known
    /// difference; the starts agree and are always compared).</summary>
    private static Instant? EndUnlessAcrossClockChange(Instant start, Instant end, DateTimeZone zone)
    {
        // Occurrences last at most five hours here; Ical.Net's own end may fall before the change, so look from the start.
        var interval = zone.GetZoneInterval(start);
        var clockChange = interval.HasEnd && interval.End < start + Duration.FromHours(6);
        if (clockChange)
        {
            return null;
        }

        Interlocked.Increment(ref endsCompared);
        return end;
    }

    private static int endsCompared;

    [Fact]
    public void Expansion_MatchesIcalNet_OnRandomRulesAcrossDaylightSaving()
    {
        var compared = 0;
        var occurrences = 0;
        Cases.Sample(c =>
        {
            var zone = DateTimeZoneProviders.Tzdb[c.Event.TimeZoneId];
            var ours = Lenient.Occurrences(c.Event, new Interval(c.From, c.To))
                .Where(o => o.Start.ToInstant() >= c.From)
                .Select(o => (o.Start.ToInstant(), EndUnlessAcrossClockChange(o.Start.ToInstant(), o.End.ToInstant(), zone)))
                .ToList();
            var theirs = IcalNetOracle.Occurrences(c.Event, c.To).Where(o => o.Start >= c.From)
                .Select(o => (o.Start, EndUnlessAcrossClockChange(o.Start, o.End, zone)))
                .ToList();
            // The strict policy gives the same occurrences less those whose local start is skipped or repeated, each named
            // by a diagnostic; the first one keeps the day as written.
            var diagnostics = new List<Diagnostic>();
            var strict = Strict.Occurrences(c.Event, new Interval(c.From, c.To), diagnostics).Select(o => o.Start.ToInstant()).ToList();
            var lenient = Lenient.Occurrences(c.Event, new Interval(c.From, c.To)).ToList();
            var time = c.Event.Days[0].Start.Local.TimeOfDay;
            Assert.Equal(lenient.Where(o => zone.MapLocal(o.OriginalDate.At(time)).Count == 1).Select(o => o.Start.ToInstant()), strict);
            Assert.Equal(lenient.Count - strict.Count, diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            compared++;
            occurrences += ours.Count;
            Assert.True(ours.SequenceEqual(theirs), $"ours: {string.Join(", ", ours.Select(o => o.Item1))}\ntheirs: {string.Join(", ", theirs.Select(o => o.Item1))}\nends ours: {string.Join(", ", ours.Select(o => o.Item2?.ToString() ?? "-"))}\nends theirs: {string.Join(", ", theirs.Select(o => o.Item2?.ToString() ?? "-"))}");
            return true;
        }, iter: 2000, print: c => IcalNetOracle.ToIcs(c.Event) + $"window {c.From} to {c.To}");
        output.WriteLine($"{compared} rules compared, {occurrences} occurrences, {endsCompared} ends compared (both sides counted)");
        Assert.True(occurrences > compared, "The rules should give occurrences in their windows.");
    }
}
