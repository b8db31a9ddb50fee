using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using Prb.Events.Internal;

namespace Prb.Events;

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
        var zone = ResolveZoneAndDays(@event, diagnostics, out var start, out var end);
        if (zone is null)
        {
            return new EventSchedule(@event, null, [], null, null, diagnostics);
        }

        var items = new List<ScheduledItem>(@event.Agenda.Count);
        ResolveAgenda(@event, zone, diagnostics, (item, index, itemStart, itemEnd) => items.Add(new ScheduledItem(item, index, itemStart, itemEnd)));
        SortByStart(items);
        return new EventSchedule(@event, zone, items, start, end, diagnostics);
    }

    /// <summary>The first part of <see cref="Schedule"/>: resolves the event's zone and the times of its days.</summary>
    /// <param name="event">The event.</param>
    /// <param name="diagnostics">Receives what <see cref="Schedule"/> reports about the zone and the days, in its order.</param>
    /// <param name="start">The start of the event, or null when it could not be resolved.</param>
    /// <param name="end">The end of the event, or null when it could not be resolved.</param>
    /// <returns>The zone, or null when its id is unknown; the agenda is then not resolved at all.</returns>
    internal DateTimeZone? ResolveZoneAndDays(Event @event, List<Diagnostic> diagnostics, out ZonedDateTime? start, out ZonedDateTime? end)
    {
        start = null;
        end = null;
        var zone = ZoneProvider.GetZoneOrNull(@event.TimeZoneId);
        if (zone is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, "timeZone",
                $"'{@event.TimeZoneId}' is not a time zone id known to the {ZoneProvider.VersionId} database; use an IANA id such as Europe/Warsaw."));
            return null;
        }

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

        return zone;
    }

    /// <summary>
    /// The second part of <see cref="Schedule"/>: resolves the times of every agenda item in document order, reports
    /// those that cannot be resolved exactly, and hands each item whose start and end both resolve to
    /// <paramref name="resolved"/>, with its index.
    /// </summary>
    /// <param name="event">The event.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="diagnostics">Receives what <see cref="Schedule"/> reports about the agenda, in its order.</param>
    /// <param name="resolved">Receives each resolved item, its index, its start and its end.</param>
    internal void ResolveAgenda(Event @event, DateTimeZone zone, List<Diagnostic> diagnostics, Action<AgendaItem, int, ZonedDateTime, ZonedDateTime> resolved)
    {
        EventTime? lastExactStart = null;
        ZonedDateTime lastExactResult = default;
        for (var i = 0; i < @event.Agenda.Count; i++)
        {
            var item = @event.Agenda[i];

            // Parallel sessions start together, so an item often starts when the one before it does, whose start is
            // then already resolved. Paths and messages are formatted only for a time that has something to report.
            bool okStart;
            ZonedDateTime itemStart;
            if (lastExactStart == item.Start)
            {
                okStart = true;
                itemStart = lastExactResult;
            }
            else if (TryResolveExactly(item.Start, zone, out var startMapping, out itemStart))
            {
                okStart = true;
                lastExactStart = item.Start;
                lastExactResult = itemStart;
            }
            else
            {
                okStart = ResolveInexact(item.Start, zone, startMapping, $"agenda[{i}].start", $"agenda item '{item.Title}'", diagnostics, out itemStart);
            }

            var okEnd = TryResolveExactly(item.End, zone, out var endMapping, out var itemEnd)
                || ResolveInexact(item.End, zone, endMapping, $"agenda[{i}].end", $"agenda item '{item.Title}'", diagnostics, out itemEnd);
            if (okStart && okEnd)
            {
                resolved(item, i, itemStart, itemEnd);
            }
        }
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

    internal bool TryResolve(EventTime time, DateTimeZone zone, string path, string what, List<Diagnostic> diagnostics, out ZonedDateTime result) =>
        TryResolveExactly(time, zone, out var mapping, out result) || ResolveInexact(time, zone, mapping, path, what, diagnostics, out result);

    /// <summary>
    /// Resolves, without a diagnostic, a time that has exactly one instant: a plain local time that occurs once in the
    /// zone, or a time with an offset that the zone uses at that local time. Every other time is left to
    /// <see cref="ResolveInexact"/>, given the same mapping.
    /// </summary>
    /// <remarks>Needs no text, so the callers format paths and messages only when there is something to report.</remarks>
    private static bool TryResolveExactly(EventTime time, DateTimeZone zone, out ZoneLocalMapping mapping, out ZonedDateTime result)
    {
        mapping = zone.MapLocal(time.Local);
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
        }
        else if (mapping.Count == 1)
        {
            result = mapping.Single();
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// Reports a time that <see cref="TryResolveExactly"/> did not resolve: an offset the zone does not use at that local
    /// time (an error), or a plain local time that is skipped or ambiguous (an error under the strict policy; resolved
    /// with a warning under the lenient one).
    /// </summary>
    private bool ResolveInexact(EventTime time, DateTimeZone zone, ZoneLocalMapping mapping, string path, string what, List<Diagnostic> diagnostics, out ZonedDateTime result)
    {
        var local = TimePattern.Format(time.Local);
        if (time.Offset is { } offset)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.OffsetNotInZone, DiagnosticSeverity.Error, path,
                $"{Capitalize(what)} gives {local} at UTC{offset}, but {zone.Id} is not at that offset then."));
            result = default;
            return false;
        }

        if (mapping.Count == 0)
        {
            var gapStart = TimePattern.Format(mapping.EarlyInterval.IsoLocalEnd);
            var gapEnd = TimePattern.Format(mapping.LateInterval.IsoLocalStart);
            var skipped = $"{Capitalize(what)} is at {local}, which does not exist in {zone.Id}: clocks go forward from {gapStart} to {gapEnd}.";
            return Lenient(time, zone, path, DiagnosticCodes.SkippedLocalTime, skipped, diagnostics, out result);
        }

        var earlier = mapping.First().Offset;
        var later = mapping.Last().Offset;
        var ambiguous = $"{Capitalize(what)} is at {local}, which happens twice in {zone.Id} (at UTC{earlier} and again at UTC{later}); add the offset to say which.";
        return Lenient(time, zone, path, DiagnosticCodes.AmbiguousLocalTime, ambiguous, diagnostics, out result);
    }

    /// <summary>Sorts items, given in document order, by start instant and then by index.</summary>
    /// <remarks>The keys are unique, so every sort gives the same order. An agenda already in order of start, as most
    /// are, is left as it is after one pass; otherwise each start instant is computed once rather than in every
    /// comparison, with the keys in pooled scratch space.</remarks>
    private static void SortByStart(List<ScheduledItem> items)
    {
        var inOrder = true;
        var previous = items.Count > 0 ? items[0].Start.ToInstant() : default;
        for (var i = 1; i < items.Count && inOrder; i++)
        {
            var start = items[i].Start.ToInstant();
            inOrder = previous <= start;
            previous = start;
        }

        if (inOrder)
        {
            return;
        }

        var keys = ArrayPool<(Instant Start, int Index)>.Shared.Rent(items.Count);
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                keys[i] = (items[i].Start.ToInstant(), items[i].Index);
            }

            keys.AsSpan(0, items.Count).Sort(CollectionsMarshal.AsSpan(items));
        }
        finally
        {
            ArrayPool<(Instant Start, int Index)>.Shared.Return(keys);
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
