using NodaTime;

namespace Prb.Events;

/// <summary>An event with its times resolved to instants: the agenda in order, by day, in any zone, and what is on now.</summary>
/// <remarks>Made by <see cref="EventScheduler.Schedule(Event)"/>. Items whose times could not be resolved are left
/// out of <see cref="Items"/> and named in <see cref="Diagnostics"/>. Immutable and safe to share between threads.</remarks>
public sealed class EventSchedule
{
    private readonly LocalTimeResolver _resolver;

    internal EventSchedule(Event @event, DateTimeZone? zone, IReadOnlyList<ScheduledItem> items, ZonedDateTime? start, ZonedDateTime? end,
        IReadOnlyList<Diagnostic> diagnostics, LocalTimeResolver resolver)
    {
        _resolver = resolver;
        Event = @event;
        Zone = zone;
        Items = items;
        Start = start;
        End = end;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the event.</summary>
    public Event Event { get; }

    /// <summary>Gets the event's zone, or null when its id is unknown.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the agenda items that could be resolved, earliest start first (document order among equal starts).</summary>
    public IReadOnlyList<ScheduledItem> Items { get; }

    /// <summary>Gets the start of the event, or null when it could not be resolved.</summary>
    public ZonedDateTime? Start { get; }

    /// <summary>Gets the end of the event, or null when it could not be resolved.</summary>
    public ZonedDateTime? End { get; }

    /// <summary>Gets the problems met while resolving times.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether every time was resolved without an error.</summary>
    public bool IsComplete => Zone is not null && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Finds a scheduled item by its agenda item id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The item, or null when there is none or its times could not be resolved.</returns>
    public ScheduledItem? Find(AgendaItemId id)
    {
        foreach (var item in Items)
        {
            if (item.Item.Id == id)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Groups the agenda by day in the event's own zone.</summary>
    /// <returns>The days, earliest first; empty when the zone is unknown.</returns>
    public IReadOnlyList<AgendaDay> ByDay() => Zone is null ? [] : ByDay(Zone);

    /// <summary>Shows the agenda in another zone, grouped by the dates in that zone: the agenda as an attendee abroad sees it.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The days in that zone, earliest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public IReadOnlyList<AgendaDay> ByDay(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var days = new List<AgendaDay>();
        List<ScheduledItem>? current = null;
        LocalDate currentDate = default;
        foreach (var item in Items)
        {
            var shown = ReferenceEquals(zone, item.Start.Zone) ? item : item.InZone(zone);
            var date = shown.Start.Date;
            if (current is null || date != currentDate)
            {
                current = [];
                currentDate = date;
                days.Add(new AgendaDay(date, zone, current));
            }

            current.Add(shown);
        }

        return days;
    }

    /// <summary>Expands the event into the occurrences that overlap a window, lazily and in order of start, as
    /// <see cref="EventScheduler.Occurrences"/> does with the scheduler that made this schedule.</summary>
    /// <param name="window">The window; open on a side without a start or an end.</param>
    /// <param name="diagnostics">Receives every time of an occurrence in the window that does not resolve exactly; null to
    /// ignore them.</param>
    /// <returns>The occurrences; none when the zone is unknown.</returns>
    public IEnumerable<EventOccurrence> Occurrences(Interval window, ICollection<Diagnostic>? diagnostics = null) =>
        Zone is null ? [] : OccurrenceExpander.Expand(Event, Zone, _resolver, window, diagnostics);

    /// <summary>Groups the occurrences that start in a window, and the agenda items that start in it, by day in the
    /// event's own zone: the calendar of a series or of a multi-day event.</summary>
    /// <param name="window">The window, with a start and an end: the days are a list, and an open-ended series has no last day.</param>
    /// <returns>The days with an occurrence or an item starting in the window, earliest first; empty when the zone is unknown.</returns>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end.</exception>
    public IReadOnlyList<AgendaDay> ByDay(Interval window) => ByDay(window, Zone ?? DateTimeZone.Utc);

    /// <summary>Groups the occurrences that start in a window, and the agenda items that start in it, by the dates in
    /// another zone.</summary>
    /// <param name="window">The window, with a start and an end: the days are a list, and an open-ended series has no last day.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The days with an occurrence or an item starting in the window, earliest first; empty when the event's zone
    /// is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> has no start or no end.</exception>
    public IReadOnlyList<AgendaDay> ByDay(Interval window, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!window.HasStart || !window.HasEnd)
        {
            throw new ArgumentException("The window needs a start and an end: the days are listed, and an open-ended series has no last day.", nameof(window));
        }

        if (Zone is null)
        {
            return [];
        }

        var byDate = new SortedDictionary<LocalDate, (List<ScheduledItem> Items, List<EventOccurrence> Occurrences)>();
        foreach (var occurrence in Occurrences(window))
        {
            if (window.Contains(occurrence.Start.ToInstant()))
            {
                var shown = occurrence.InZone(zone);
                Day(byDate, shown.Start.Date).Occurrences.Add(shown);
            }
        }

        foreach (var item in Items)
        {
            if (window.Contains(item.Start.ToInstant()))
            {
                var shown = ReferenceEquals(zone, item.Start.Zone) ? item : item.InZone(zone);
                Day(byDate, shown.Start.Date).Items.Add(shown);
            }
        }

        return byDate.Select(d => new AgendaDay(d.Key, zone, d.Value.Items, d.Value.Occurrences)).ToList();
    }

    /// <summary>Tells what is on now and what comes next, reading the time from the given clock.</summary>
    /// <param name="clock">The clock; inject <c>SystemClock.Instance</c> at the composition root and a fake clock in tests.</param>
    /// <returns>The items on now (cancelled ones left out) and the next one to start; and the occurrence of the event on
    /// now and the next one to start (cancelled ones left out), which for a series or a multi-day event tells which
    /// occurrence or day it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public NowAndNext WhatsOn(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetCurrentInstant();
        var current = new List<ScheduledItem>();
        ScheduledItem? next = null;
        foreach (var item in Items)
        {
            if (item.Item.Status == AgendaItemStatus.Cancelled)
            {
                continue;
            }

            var start = item.Start.ToInstant();
            if (start > now)
            {
                next = item;
                break;
            }

            if (now < item.End.ToInstant())
            {
                current.Add(item);
            }
        }

        EventOccurrence? currentOccurrence = null;
        EventOccurrence? nextOccurrence = null;
        foreach (var occurrence in Occurrences(new Interval(now, null)))
        {
            if (occurrence.Status == EventStatus.Cancelled)
            {
                continue;
            }

            if (occurrence.Start.ToInstant() > now)
            {
                nextOccurrence = occurrence;
                break;
            }

            currentOccurrence ??= occurrence;
        }

        return new NowAndNext(now, current, next, currentOccurrence, nextOccurrence);
    }

    private static (List<ScheduledItem> Items, List<EventOccurrence> Occurrences) Day(
        SortedDictionary<LocalDate, (List<ScheduledItem> Items, List<EventOccurrence> Occurrences)> byDate, LocalDate date)
    {
        if (!byDate.TryGetValue(date, out var day))
        {
            day = ([], []);
            byDate.Add(date, day);
        }

        return day;
    }
}
