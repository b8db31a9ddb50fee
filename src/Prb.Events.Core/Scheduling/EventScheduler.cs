using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>Turns an event's local times into instants, using a time zone provider and a <see cref="LocalTimePolicy"/>.</summary>
/// <remarks>An instance is immutable and safe to share between threads. <see cref="EventValidator"/> reports the same
/// problems with the times as <see cref="Schedule"/> does: both resolve them the same way.</remarks>
public sealed class EventScheduler
{
    private readonly LocalTimeResolver _resolver;

    /// <summary>Initializes a scheduler.</summary>
    /// <param name="zoneProvider">Where zone ids are looked up, such as <see cref="DateTimeZoneProviders.Tzdb"/>.</param>
    /// <param name="policy">How skipped and ambiguous local times are handled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zoneProvider"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is undefined.</exception>
    public EventScheduler(IDateTimeZoneProvider zoneProvider, LocalTimePolicy policy = LocalTimePolicy.Strict)
    {
        ZoneProvider = Preconditions.CheckNotNull(zoneProvider);
        Preconditions.CheckDefined(policy, nameof(policy));
        Policy = policy;
        _resolver = new LocalTimeResolver(zoneProvider, policy);
    }

    /// <summary>Gets a strict scheduler over the tz database that ships with NodaTime.</summary>
    public static EventScheduler Default { get; } = new(DateTimeZoneProviders.Tzdb);

    /// <summary>Gets the zone provider.</summary>
    public IDateTimeZoneProvider ZoneProvider { get; }

    /// <summary>Gets the policy for skipped and ambiguous local times.</summary>
    public LocalTimePolicy Policy { get; }

    /// <summary>Resolves the event's zone and every time of its days and agenda.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The schedule, with a diagnostic for every time that could not be resolved exactly.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public EventSchedule Schedule(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var diagnostics = new List<Diagnostic>();
        var zone = _resolver.FindZone(@event, diagnostics);
        if (zone is null)
        {
            return new EventSchedule(@event, null, [], null, null, diagnostics, _resolver);
        }

        var (start, end) = _resolver.ResolveDays(@event, zone, diagnostics);
        var items = new List<ScheduledItem>(@event.Agenda.Count);
        var previous = default(PreviousStart);
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var item = @event.Agenda[i];
            if (_resolver.TryResolveItem(item, i, zone, diagnostics, ref previous, out var itemStart, out var itemEnd))
            {
                items.Add(new ScheduledItem(item, i, itemStart, itemEnd));
            }
        }

        StartOrder.Sort(items);
        _resolver.ResolveOverrides(@event, zone, diagnostics);
        return new EventSchedule(@event, zone, items, start, end, diagnostics, _resolver);
    }

    /// <summary>Expands an event into the occurrences that overlap a window of time, lazily and in order of start: the
    /// occurrences of a series (cancelled ones left out, moved and changed ones in their new place), or the days of a
    /// one-off event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="window">The window; an interval without a start or an end is open on that side, so
    /// <c>Occurrences(e, new Interval(now, null)).Take(3)</c> gives the next three.</param>
    /// <param name="diagnostics">Receives, as the enumeration reaches them, the zone id when it is unknown and every time
    /// of an occurrence in the window that does not resolve exactly, named by the occurrence's date: under the strict
    /// policy such an occurrence is left out with an error, under the lenient one it is resolved with a warning. Null to
    /// ignore them.</param>
    /// <returns>The occurrences. Each step of the enumeration does bounded work: a series without a count starts at the
    /// window rather than at its first date, and a rule that can never give a date again ends the enumeration (see
    /// <see cref="RecurrenceRule"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public IEnumerable<EventOccurrence> Occurrences(Event @event, Interval window, ICollection<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        var found = new List<Diagnostic>(1);
        if (_resolver.FindZone(@event, found) is not { } zone)
        {
            foreach (var diagnostic in found)
            {
                diagnostics?.Add(diagnostic);
            }

            return [];
        }

        return OccurrenceExpander.Expand(@event, zone, _resolver, window, diagnostics);
    }

    /// <summary>Resolves one time in a zone under this scheduler's policy.</summary>
    /// <param name="time">The time.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="result">The resolved time, when this returns true.</param>
    /// <param name="diagnostic">Why the time could not be resolved exactly, or null.</param>
    /// <returns>True when the time has an instant (under the lenient policy, possibly with a warning).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public bool TryResolve(EventTime time, DateTimeZone zone, out ZonedDateTime result, out Diagnostic? diagnostic)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var diagnostics = new List<Diagnostic>(1);
        var ok = _resolver.TryResolve(time, zone, string.Empty, "the time", diagnostics, out result);
        diagnostic = diagnostics.Count > 0 ? diagnostics[0] : null;
        return ok;
    }
}
