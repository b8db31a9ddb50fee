using NodaTime;
using NodaTime.TimeZones;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// What the VEVENTs of a series carry, resolved before anything is written: the DTSTART of the first occurrence as a
/// local time with the zone's TZID (so that clients repeat the local time across changes of clocks), the RRULE's end as
/// a UTC instant, the EXDATEs of the cancelled occurrences, the RECURRENCE-ID VEVENTs of the moved and changed ones, and
/// the last instant the VTIMEZONE must cover.
/// </summary>
/// <remarks>
/// <para><b>UNTIL.</b> RFC 5545 wants UNTIL in UTC when DTSTART has a TZID, and the model's until is a local date, the
/// last on which an occurrence may start. UNTIL is the instant of the series' start time on that date: the later one
/// when the time is repeated there, the time after the gap when it is skipped, so however a client resolves an
/// occurrence on that date it starts at or before UNTIL, and the next possible occurrence (a day later at least) after it.</para>
/// <para><b>Series the model holds but iCalendar cannot say.</b> A series whose rule the validator refuses (an interval
/// or count below 1, an end before the start, a rule without dates, a first day off the rule, cancelled or changed
/// dates that are no occurrence or are named twice, more than one day) has no RFC 5545 meaning: it is refused with an
/// <see cref="ArgumentException"/> that carries the validator's messages, before anything is written.</para>
/// <para><b>A first occurrence pinned to an offset.</b> When the model's first start is not the instant a client gives
/// the local time (the second of a repeated hour, or an offset the zone does not have), DTSTART keeps the local time for
/// the rule and a RECURRENCE-ID VEVENT for the first date carries the exact instants in UTC.</para>
/// </remarks>
internal sealed class SeriesPlan
{
    /// <summary>The validation codes that make a series impossible to write as, or read from, an RFC 5545 recurrence.</summary>
    internal static readonly HashSet<string> SeriesCodes =
    [
        DiagnosticCodes.SeriesWithSeveralDays, DiagnosticCodes.RecurrenceIntervalNotPositive, DiagnosticCodes.RecurrenceCountNotPositive, DiagnosticCodes.RecurrenceCountTooLarge,
        DiagnosticCodes.RecurrenceUntilBeforeStart, DiagnosticCodes.RecurrenceNeverOccurs, DiagnosticCodes.SeriesStartNotOccurrence,
        DiagnosticCodes.NotAnOccurrence, DiagnosticCodes.DuplicateOccurrence,
    ];

    private SeriesPlan(EventSeries series, ExportTime start, Instant? untilUtc, LocalDateTime[] cancelled, PlannedOverride[] overrides, Instant latest)
    {
        Series = series;
        Start = start;
        UntilUtc = untilUtc;
        Cancelled = cancelled;
        Overrides = overrides;
        Latest = latest;
    }

    internal EventSeries Series { get; }

    /// <summary>Gets the DTSTART of the series: the first occurrence's local start, with the TZID.</summary>
    internal ExportTime Start { get; }

    internal Instant? UntilUtc { get; }

    /// <summary>Gets the local starts of the cancelled occurrences, in order, each once.</summary>
    internal LocalDateTime[] Cancelled { get; }

    /// <summary>Gets the moved and changed occurrences, in order of their original dates.</summary>
    internal PlannedOverride[] Overrides { get; }

    /// <summary>Gets the latest instant the series reaches: the end of its last occurrence, or for an open-ended series
    /// the end of its first occurrence plus the horizon in years (and any moved occurrence later than that).</summary>
    internal Instant Latest { get; }

    internal static SeriesPlan Make(Event e, DateTimeZone zone, ExportTime modelStart, ExportTime modelEnd, EventValidator validator, int horizonYears, string paramName)
    {
        var series = e.Series!;
        var errors = validator.Validate(e).Errors.Where(d => SeriesCodes.Contains(d.Code)).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The series '{e.Id}' cannot be written as an RFC 5545 recurrence: {string.Join(" ", errors.Select(d => $"{d.Code} {d.Location}: {d.Message}"))}",
                paramName);
        }

        var day = e.Days[0];
        var time = modelStart.Local.TimeOfDay;
        var firstLocal = modelStart.Local;
        var start = new ExportTime(Lenient(zone, firstLocal), firstLocal, false);
        var length = modelEnd.Instant - modelStart.Instant;
        var rule = series.Rule;
        Instant? untilUtc = null;
        var latest = modelEnd.Instant;
        if (rule.Until is { } until)
        {
            var local = until.At(time);
            var mapping = zone.MapLocal(local);
            var instant = mapping.Count > 0 ? mapping.Last().ToInstant() : Lenient(zone, local);
            untilUtc = until == day.Date ? Instant.Max(instant, modelStart.Instant) : instant;
            latest = Instant.Max(latest, untilUtc.Value + length);
        }
        else if (rule.Count is not null)
        {
            // The end of the last occurrence: counted series are walked once, at most Count dates.
            foreach (var occurrence in validator.Scheduler.Occurrences(e, new Interval(null, null)))
            {
                latest = Instant.Max(latest, occurrence.End.ToInstant());
            }
        }
        else
        {
            var horizon = day.Start.Local.Date.PlusYears(Math.Min(horizonYears, EventLimits.MaxDate.Year - day.Start.Local.Date.Year));
            latest = Instant.Max(latest, Lenient(zone, horizon.At(time)) + length);
        }

        var cancelled = series.CancelledDates.Distinct().Order().Select(d => d.At(time)).ToArray();
        var overrides = new List<PlannedOverride>(series.Overrides.Count + 1);
        foreach (var o in series.Overrides.OrderBy(o => o.OriginalDate))
        {
            var overrideStart = ExportTime.Resolve(o.Start, zone);
            var overrideEnd = ExportTime.Resolve(o.End, zone);
            latest = Instant.Max(latest, Instant.Max(overrideStart.Instant, overrideEnd.Instant));
            overrides.Add(new PlannedOverride(o.OriginalDate.At(time), overrideStart, overrideEnd, o.Title, o.Description, o.Status));
        }

        if (modelStart.Instant != start.Instant && series.FindOverride(day.Date) is null && !series.CancelledDates.Contains(day.Date))
        {
            overrides.Insert(0, new PlannedOverride(firstLocal, modelStart, modelEnd, null, null, null));
        }

        return new SeriesPlan(series, start, untilUtc, cancelled, [.. overrides], latest);
    }

    private static Instant Lenient(DateTimeZone zone, LocalDateTime local) => zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();

    /// <summary>A moved or changed occurrence: its RECURRENCE-ID (the original local start, with the TZID), its new
    /// times, and what it changes.</summary>
    internal sealed record PlannedOverride(LocalDateTime RecurrenceId, ExportTime Start, ExportTime End, string? Title, string? Description, EventStatus? Status);
}
