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
            return new EventSchedule(@event, null, [], null, null, diagnostics);
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
        return new EventSchedule(@event, zone, items, start, end, diagnostics);
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
