using System.Buffers;
using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// What the rules of one validation read: the event, and its times as <see cref="LocalTimeResolver"/> resolves them,
/// resolved once before any rule runs. Rules only read it.
/// </summary>
/// <remarks>The items in <see cref="ItemsByStart"/> are in pooled scratch space: large arrays allocated anew on every
/// validation would bring a full garbage collection every few calls. <see cref="Dispose"/> returns them.</remarks>
internal sealed class ValidationContext : IDisposable
{
    private readonly List<Diagnostic> _zoneDiagnostics = [];
    private readonly List<Diagnostic> _localTimeDiagnostics = [];
    private TimedItem[] _items;
    private int _count;
    private DayFinder? _days;
    private RecurrenceDates? _seriesDates;

    /// <summary>Resolves the event's times.</summary>
    /// <param name="event">The event.</param>
    /// <param name="resolver">How its local times become instants.</param>
    internal ValidationContext(Event @event, LocalTimeResolver resolver)
    {
        Event = @event;
        _items = ArrayPool<TimedItem>.Shared.Rent(@event.Agenda.Count);
        if (resolver.FindZone(@event, _zoneDiagnostics) is not { } zone)
        {
            return;
        }

        Zone = zone;

        resolver.ResolveDays(@event, zone, _localTimeDiagnostics);
        var agenda = @event.Agenda;
        var previous = default(PreviousStart);
        for (var i = 0; i < agenda.Count; i++)
        {
            var item = agenda[i];
            if (!resolver.TryResolveItem(item, i, zone, _localTimeDiagnostics, ref previous, out var zonedStart, out var zonedEnd))
            {
                continue;
            }

            var (start, end) = (zonedStart.ToInstant(), zonedEnd.ToInstant());
            if (start < end && item.Status != AgendaItemStatus.Cancelled)
            {
                _items[_count++] = new TimedItem(start, end, i, item.Room);
            }
        }

        SortByStart(_items.AsSpan(0, _count));
        resolver.ResolveOverrides(@event, zone, _localTimeDiagnostics);
    }

    /// <summary>Gets the event.</summary>
    internal Event Event { get; }

    /// <summary>Gets the event's zone, or null when its id is unknown.</summary>
    internal DateTimeZone? Zone { get; }

    /// <summary>Gets what resolving the zone id reported: <see cref="DiagnosticCodes.UnknownTimeZone"/>, or nothing.</summary>
    internal IReadOnlyList<Diagnostic> ZoneDiagnostics => _zoneDiagnostics;

    /// <summary>Gets what resolving the days', the agenda's and then a series' overrides' local times reported, in the order of
    /// <see cref="EventSchedule.Diagnostics"/>; nothing when the zone is unknown.</summary>
    internal IReadOnlyList<Diagnostic> LocalTimeDiagnostics => _localTimeDiagnostics;

    /// <summary>Gets the agenda items that occupy their room and speakers: not cancelled, with a start and an end that
    /// resolve and the end after the start; by start instant and then index, the order of
    /// <see cref="EventSchedule.Items"/>.</summary>
    internal ReadOnlySpan<TimedItem> ItemsByStart => _items.AsSpan(0, _count);

    /// <summary>Gets the finder of the day on which a time falls, for this event's days.</summary>
    internal DayFinder Days => _days ??= new DayFinder(Event.Days);

    /// <summary>Gets the dates of the series' rule from its first day, or null for a one-off event.</summary>
    internal RecurrenceDates? SeriesDates => Event.Series is { } series ? _seriesDates ??= new RecurrenceDates(series.Rule, Event.Days[0].Date) : null;

    /// <summary>Returns the scratch space to the pool, without the references it held.</summary>
    public void Dispose()
    {
        _items.AsSpan(0, _count).Clear();
        ArrayPool<TimedItem>.Shared.Return(_items);
        _items = [];
        _count = 0;
    }

    /// <summary>Sorts items, given in document order, by start and then by index; an agenda already in order of start,
    /// as most are, is left as it is after one pass.</summary>
    private static void SortByStart(Span<TimedItem> items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (items[i].Start < items[i - 1].Start)
            {
                items.Sort();
                return;
            }
        }
    }
}
