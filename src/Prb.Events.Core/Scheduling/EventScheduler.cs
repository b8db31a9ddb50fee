using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Prb.Events.Internal;
using Prb.Events.Validation;

namespace Prb.Events.Scheduling;

/// <summary>Turns an event's local times into instants, using a time zone provider and a <see cref="LocalTimePolicy"/>.</summary>
/// <remarks>An instance is immutable and safe to share between threads.</remarks>
public sealed class EventScheduler
{
    private static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

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
        var zone = ZoneProvider.GetZoneOrNull(@event.TimeZoneId);
        if (zone is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, "timeZone",
                $"'{@event.TimeZoneId}' is not a time zone id known to the {ZoneProvider.VersionId} database; use an IANA id such as Europe/Warsaw."));
            return new EventSchedule(@event, null, [], null, null, diagnostics);
        }

        ZonedDateTime? start = null, end = null;
        var first = @event.Days[0];
        var last = @event.Days[^1];
        if (TryResolve(first.Start, zone, "days[0].start", "the event", diagnostics, out var s))
        {
            start = s;
        }

        for (var i = 1; i < @event.Days.Count; i++)
        {
            TryResolve(@event.Days[i].Start, zone, $"days[{i}].start", "the event", diagnostics, out _);
        }

        for (var i = 0; i < @event.Days.Count - 1; i++)
        {
            TryResolve(@event.Days[i].End, zone, $"days[{i}].end", "the event", diagnostics, out _);
        }

        if (TryResolve(last.End, zone, $"days[{@event.Days.Count - 1}].end", "the event", diagnostics, out var e))
        {
            end = e;
        }

        var items = new List<ScheduledItem>(@event.Agenda.Count);
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var item = @event.Agenda[i];
            var what = $"agenda item '{item.Title}'";
            var okStart = TryResolve(item.Start, zone, $"agenda[{i}].start", what, diagnostics, out var itemStart);
            var okEnd = TryResolve(item.End, zone, $"agenda[{i}].end", what, diagnostics, out var itemEnd);
            if (okStart && okEnd)
            {
                items.Add(new ScheduledItem(item, i, itemStart, itemEnd));
            }
        }

        items.Sort(static (a, b) =>
        {
            var byStart = a.Start.ToInstant().CompareTo(b.Start.ToInstant());
            return byStart != 0 ? byStart : a.Index.CompareTo(b.Index);
        });
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
        var ok = TryResolve(time, zone, string.Empty, "the time", diagnostics, out result);
        diagnostic = diagnostics.Count > 0 ? diagnostics[0] : null;
        return ok;
    }

    internal bool TryResolve(EventTime time, DateTimeZone zone, string path, string what, List<Diagnostic> diagnostics, out ZonedDateTime result)
    {
        var mapping = zone.MapLocal(time.Local);
        var local = TimePattern.Format(time.Local);
        if (time.Offset is { } offset)
        {
            if (mapping.Count >= 1 && mapping.First().Offset == offset)
            {
                result = mapping.First();
                return true;
            }

            if (mapping.Count == 2 && mapping.Last().Offset == offset)
            {
                result = mapping.Last();
                return true;
            }

            diagnostics.Add(new Diagnostic(DiagnosticCodes.OffsetNotInZone, DiagnosticSeverity.Error, path,
                $"{Capitalize(what)} gives {local} at UTC{offset}, but {zone.Id} is not at that offset then."));
            result = default;
            return false;
        }

        switch (mapping.Count)
        {
            case 1:
                result = mapping.Single();
                return true;
            case 0:
                var gapStart = TimePattern.Format(mapping.EarlyInterval.IsoLocalEnd);
                var gapEnd = TimePattern.Format(mapping.LateInterval.IsoLocalStart);
                var skipped = $"{Capitalize(what)} is at {local}, which does not exist in {zone.Id}: clocks go forward from {gapStart} to {gapEnd}.";
                return Lenient(time, zone, path, DiagnosticCodes.SkippedLocalTime, skipped, diagnostics, out result);
            default:
                var earlier = mapping.First().Offset;
                var later = mapping.Last().Offset;
                var ambiguous = $"{Capitalize(what)} is at {local}, which happens twice in {zone.Id} (at UTC{earlier} and again at UTC{later}); add the offset to say which.";
                return Lenient(time, zone, path, DiagnosticCodes.AmbiguousLocalTime, ambiguous, diagnostics, out result);
        }
    }

    private bool Lenient(EventTime time, DateTimeZone zone, string path, string code, string message, List<Diagnostic> diagnostics, out ZonedDateTime result)
    {
        if (Policy == LocalTimePolicy.Strict)
        {
            diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, path, message));
            result = default;
            return false;
        }

        diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, path, message + " The lenient policy resolved it."));
        result = zone.ResolveLocal(time.Local, Resolvers.LenientResolver);
        return true;
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpper(text[0], CultureInfo.InvariantCulture).ToString(), text.AsSpan(1));
}
