using System.Globalization;
using NodaTime;

namespace Prb.Events;

/// <summary>
/// Expands an event into its <see cref="EventOccurrence"/>s within a window of time, lazily: the days of a one-off event,
/// or the dates of a series' rule (less the cancelled ones, with the moved and changed ones), each at the local times of
/// the series' day resolved in the event's zone by <see cref="LocalTimeResolver"/> under its policy.
/// </summary>
/// <remarks>
/// <para>An occurrence is in the window when it overlaps it: it ends after the window starts and starts before the window
/// ends. Occurrences come in order of start. A time that does not resolve exactly is reported for every occurrence in
/// the window (one that does not resolve counts as where the lenient resolution puts it), with a message naming its
/// date; under the strict policy the occurrence is then left out, under the lenient one it is resolved with a
/// warning.</para>
/// <para>Every occurrence starts at the local time of the series' day across changes of clocks: a series at 17:00 in
/// Europe/Warsaw is at 17:00 in winter and in summer. The first occurrence takes the day's start as written, offset
/// included; later ones take the same local time without an offset. Every occurrence lasts as long as the first one, in
/// elapsed time (RFC 5545: a recurrence set whose length is given by DTEND has the same exact duration throughout), so
/// only an occurrence that itself spans a change of clocks ends at another local time than the first.</para>
/// </remarks>
internal static class OccurrenceExpander
{
    internal static IEnumerable<EventOccurrence> Expand(Event @event, DateTimeZone zone, LocalTimeResolver resolver, Interval window, ICollection<Diagnostic>? diagnostics)
    {
        var fromDate = window.HasStart ? DateOf(window.Start, zone) : EventLimits.MinDate;
        var toDate = window.HasEnd ? DateOf(window.End, zone) : EventLimits.MaxDate;
        return @event.Series is null
            ? Days(@event, zone, resolver, window, diagnostics)
            : Series(@event, @event.Series, zone, resolver, window, fromDate, toDate, diagnostics);
    }

    private static IEnumerable<EventOccurrence> Days(Event @event, DateTimeZone zone, LocalTimeResolver resolver, Interval window,
        ICollection<Diagnostic>? diagnostics)
    {
        for (var i = 0; i < @event.Days.Count; i++)
        {
            var day = @event.Days[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (TryResolve(resolver, zone, day.Start, day.End, "days[" + index + "]", $"day {i + 1} of the event ({Format(day.Date)})",
                    window, diagnostics, out var start, out var end)
                && Overlaps(window, start, end))
            {
                yield return new EventOccurrence(@event, day.Date, start, end, null);
            }
        }
    }

    private static IEnumerable<EventOccurrence> Series(Event @event, EventSeries series, DateTimeZone zone, LocalTimeResolver resolver, Interval window,
        LocalDate fromDate, LocalDate toDate, ICollection<Diagnostic>? diagnostics)
    {
        var day = @event.Days[0];
        var length = LocalTimeResolver.ResolveForLength(day.End, zone).ToInstant() - LocalTimeResolver.ResolveForLength(day.Start, zone).ToInstant();
        if (length < Duration.Zero)
        {
            length = Duration.Zero;
        }

        var lengthInDays = Math.Max(0, Period.Between(day.Start.Date, day.End.Date, PeriodUnits.Days).Days);
        var dates = new RecurrenceDates(series.Rule, day.Date);
        var cancelled = series.CancelledDates.ToHashSet();
        var overridden = series.Overrides.Select(o => o.OriginalDate).ToHashSet();
        var scratch = new List<Diagnostic>();
        var moved = Moved(@event, series, dates, cancelled, zone, resolver, window, diagnostics);
        var next = 0;
        var earliest = fromDate.PlusDays(-lengthInDays - 1);
        foreach (var date in dates.From(earliest < fromDate ? earliest : fromDate))
        {
            if (date > toDate.PlusDays(1))
            {
                break;
            }

            if (date < earliest || cancelled.Contains(date) || overridden.Contains(date))
            {
                continue;
            }

            var startTime = date == day.Date ? day.Start : new EventTime(date.At(day.Start.Local.TimeOfDay));
            if (!TryResolveStart(resolver, zone, startTime, date, length, window, diagnostics, scratch, out var start))
            {
                continue;
            }

            var end = start.Plus(length);
            if (!Overlaps(window, start, end))
            {
                continue;
            }

            while (next < moved.Count && moved[next].Start.ToInstant() < start.ToInstant())
            {
                yield return moved[next++];
            }

            yield return new EventOccurrence(@event, date, start, end, null);
        }

        while (next < moved.Count)
        {
            yield return moved[next++];
        }
    }

    /// <summary>The moved and changed occurrences in the window, by start: the overrides of dates the rule gives and that
    /// are not cancelled, the first override of a date only.</summary>
    private static List<EventOccurrence> Moved(Event @event, EventSeries series, RecurrenceDates dates, HashSet<LocalDate> cancelled,
        DateTimeZone zone, LocalTimeResolver resolver, Interval window, ICollection<Diagnostic>? diagnostics)
    {
        var moved = new List<EventOccurrence>();
        var seen = new HashSet<LocalDate>();
        var occurring = series.Overrides.Count == 0 ? [] : dates.Which(series.Overrides.Select(o => o.OriginalDate));
        for (var i = 0; i < series.Overrides.Count; i++)
        {
            var o = series.Overrides[i];
            if (!seen.Add(o.OriginalDate) || cancelled.Contains(o.OriginalDate) || !occurring.Contains(o.OriginalDate))
            {
                continue;
            }

            var path = "series.overrides[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (TryResolve(resolver, zone, o.Start, o.End, path, "the occurrence of " + Format(o.OriginalDate),
                    window, diagnostics, out var start, out var end)
                && Overlaps(window, start, end))
            {
                moved.Add(new EventOccurrence(@event, o.OriginalDate, start, end, o));
            }
        }

        moved.Sort((a, b) => a.Start.ToInstant().CompareTo(b.Start.ToInstant()));
        return moved;
    }

    /// <summary>Resolves the start of a regular occurrence of a series; the message names its date, formatted only when
    /// there is something to report, and reported when the occurrence lies in the window.</summary>
    private static bool TryResolveStart(LocalTimeResolver resolver, DateTimeZone zone, EventTime startTime, LocalDate date, Duration length,
        Interval window, ICollection<Diagnostic>? diagnostics, List<Diagnostic> scratch, out ZonedDateTime start)
    {
        if (LocalTimeResolver.TryResolveExactly(startTime, zone, out start))
        {
            return true;
        }

        scratch.Clear();
        var ok = resolver.TryResolve(startTime, zone, "days[0].start", "the occurrence on " + Format(date), scratch, out start);
        var near = LocalTimeResolver.ResolveForLength(startTime, zone);
        if (diagnostics is not null && Overlaps(window, near, near.Plus(length)))
        {
            foreach (var diagnostic in scratch)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return ok;
    }

    /// <summary>Resolves an occurrence's start and end with the one resolver, passing on what it reports when the
    /// occurrence lies in the window (where it would lie, under the lenient resolution, when it does not resolve).</summary>
    private static bool TryResolve(LocalTimeResolver resolver, DateTimeZone zone, EventTime startTime, EventTime endTime, string path, string what,
        Interval window, ICollection<Diagnostic>? diagnostics, out ZonedDateTime start, out ZonedDateTime end)
    {
        var found = new List<Diagnostic>(0);
        var ok = resolver.TryResolve(startTime, zone, path + ".start", what, found, out start)
            & resolver.TryResolve(endTime, zone, path + ".end", what, found, out end);
        if (found.Count > 0 && diagnostics is not null
            && Overlaps(window, LocalTimeResolver.ResolveForLength(startTime, zone), LocalTimeResolver.ResolveForLength(endTime, zone)))
        {
            foreach (var diagnostic in found)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return ok;
    }

    /// <summary>The local date of an instant in the zone, clamped to the supported dates: an instant at the very ends of
    /// time (such as <see cref="Instant.MaxValue"/>) has no local date in a zone ahead of or behind UTC.</summary>
    private static LocalDate DateOf(Instant instant, DateTimeZone zone) =>
        instant <= EventLimits.MinInstant + Duration.FromDays(1) ? EventLimits.MinDate
        : instant >= EventLimits.MaxInstant - Duration.FromDays(1) ? EventLimits.MaxDate
        : instant.InZone(zone).Date;

    private static bool Overlaps(Interval window, ZonedDateTime start, ZonedDateTime end)
    {
        var (s, e) = (start.ToInstant(), end.ToInstant());
        return (!window.HasEnd || s < window.End) && (!window.HasStart || e > window.Start || (e <= s && s >= window.Start));
    }

    private static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
