using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Prb.Events;

/// <summary>
/// Turns an event's local times into instants in its zone under a <see cref="LocalTimePolicy"/>, and reports every time
/// that cannot be turned into exactly one instant. The one place where this is done: <see cref="EventScheduler"/>
/// builds schedules with it and <see cref="EventValidator"/> reports what it finds, so the two always agree.
/// </summary>
/// <remarks>An instance is immutable and safe to share between threads.</remarks>
internal sealed class LocalTimeResolver
{
    private static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>Initializes a resolver.</summary>
    /// <param name="zoneProvider">Where zone ids are looked up.</param>
    /// <param name="policy">How skipped and ambiguous local times are handled.</param>
    internal LocalTimeResolver(IDateTimeZoneProvider zoneProvider, LocalTimePolicy policy)
    {
        ZoneProvider = zoneProvider;
        Policy = policy;
    }

    /// <summary>Gets the zone provider.</summary>
    internal IDateTimeZoneProvider ZoneProvider { get; }

    /// <summary>Gets the policy for skipped and ambiguous local times.</summary>
    internal LocalTimePolicy Policy { get; }

    /// <summary>Looks up the event's zone.</summary>
    /// <param name="event">The event.</param>
    /// <param name="diagnostics">Receives <see cref="DiagnosticCodes.UnknownTimeZone"/> when the id is unknown.</param>
    /// <returns>The zone, or null when its id is unknown; no time of the event can then be resolved.</returns>
    internal DateTimeZone? FindZone(Event @event, List<Diagnostic> diagnostics)
    {
        var zone = ZoneProvider.GetZoneOrNull(@event.TimeZoneId);
        if (zone is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.UnknownTimeZone, DiagnosticSeverity.Error, "timeZone",
                $"'{@event.TimeZoneId}' is not a time zone id known to the {ZoneProvider.VersionId} database; use an IANA id such as Europe/Warsaw."));
        }

        return zone;
    }

    /// <summary>Resolves the start of every day and then the end of every day, reporting each time that does not
    /// resolve exactly.</summary>
    /// <param name="event">The event.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="diagnostics">Receives the diagnostics, in that order.</param>
    /// <returns>The start of the first day and the end of the last, each null when it does not resolve.</returns>
    internal (ZonedDateTime? Start, ZonedDateTime? End) ResolveDays(Event @event, DateTimeZone zone, List<Diagnostic> diagnostics)
    {
        var days = @event.Days;
        ZonedDateTime? start = TryResolve(days[0].Start, zone, "days[0].start", "the event", diagnostics, out var s) ? s : null;
        for (var i = 1; i < days.Count; i++)
        {
            TryResolve(days[i].Start, zone, $"days[{i}].start", "the event", diagnostics, out _);
        }

        for (var i = 0; i < days.Count - 1; i++)
        {
            TryResolve(days[i].End, zone, $"days[{i}].end", "the event", diagnostics, out _);
        }

        ZonedDateTime? end = TryResolve(days[^1].End, zone, $"days[{days.Count - 1}].end", "the event", diagnostics, out var e) ? e : null;
        return (start, end);
    }

    /// <summary>Resolves the new start and end of every moved or changed occurrence of a series, reporting each that does
    /// not resolve exactly; nothing for a one-off event.</summary>
    /// <param name="event">The event.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="diagnostics">Receives the diagnostics, by override and then start before end.</param>
    internal void ResolveOverrides(Event @event, DateTimeZone zone, List<Diagnostic> diagnostics)
    {
        if (@event.Series is not { } series)
        {
            return;
        }

        for (var i = 0; i < series.Overrides.Count; i++)
        {
            var o = series.Overrides[i];
            if (TryResolveExactly(o.Start, zone, out _) && TryResolveExactly(o.End, zone, out _))
            {
                continue;
            }

            var what = "the occurrence of " + o.OriginalDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var path = "series.overrides[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            TryResolve(o.Start, zone, path + ".start", what, diagnostics, out _);
            TryResolve(o.End, zone, path + ".end", what, diagnostics, out _);
        }
    }

    /// <summary>Resolves the start and the end of one agenda item, reporting each that does not resolve exactly. Called
    /// for the items in document order, it reports them in that order.</summary>
    /// <param name="item">The item.</param>
    /// <param name="index">Its index in the agenda, for the paths.</param>
    /// <param name="zone">The event's zone.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    /// <param name="previous">The start of the item before; updated for the next.</param>
    /// <param name="start">The resolved start, when this returns true.</param>
    /// <param name="end">The resolved end, when this returns true.</param>
    /// <returns>True when both times resolve.</returns>
    internal bool TryResolveItem(AgendaItem item, int index, DateTimeZone zone, List<Diagnostic> diagnostics, ref PreviousStart previous,
        out ZonedDateTime start, out ZonedDateTime end)
    {
        // Paths and messages are formatted only for a time that has something to report.
        bool okStart;
        if (previous.Time == item.Start)
        {
            okStart = true;
            start = previous.Result;
        }
        else if (TryResolveExactly(item.Start, zone, out var startMapping, out start))
        {
            okStart = true;
            previous.Time = item.Start;
            previous.Result = start;
        }
        else
        {
            okStart = ResolveInexact(item.Start, zone, startMapping, $"agenda[{index}].start", $"agenda item '{item.Title}'", diagnostics, out start);
        }

        var okEnd = TryResolveExactly(item.End, zone, out var endMapping, out end)
            || ResolveInexact(item.End, zone, endMapping, $"agenda[{index}].end", $"agenda item '{item.Title}'", diagnostics, out end);
        return okStart && okEnd;
    }

    /// <summary>Resolves one time, reporting it when it does not resolve exactly.</summary>
    /// <param name="time">The time.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="path">The document path of the time, for the diagnostic.</param>
    /// <param name="what">What the time belongs to, such as "the event", for the message.</param>
    /// <param name="diagnostics">Receives the diagnostic.</param>
    /// <param name="result">The resolved time, when this returns true.</param>
    /// <returns>True when the time has an instant (under the lenient policy, possibly with a warning).</returns>
    internal bool TryResolve(EventTime time, DateTimeZone zone, string path, string what, List<Diagnostic> diagnostics, out ZonedDateTime result) =>
        TryResolveExactly(time, zone, out var mapping, out result) || ResolveInexact(time, zone, mapping, path, what, diagnostics, out result);

    /// <summary>Resolves, without a diagnostic and without formatting any text, a time that has exactly one instant.</summary>
    /// <param name="time">The time.</param>
    /// <param name="zone">The zone.</param>
    /// <param name="result">The instant in the zone, when this returns true.</param>
    /// <returns>False when the time needs <see cref="TryResolve"/>, which reports why.</returns>
    internal static bool TryResolveExactly(EventTime time, DateTimeZone zone, out ZonedDateTime result) => TryResolveExactly(time, zone, out _, out result);

    /// <summary>Resolves a time to the instant it has, or under NodaTime's lenient resolver to the one it would have; never
    /// reports. For measuring, not for scheduling: the length of a series' first occurrence is measured this way.</summary>
    /// <param name="time">The time.</param>
    /// <param name="zone">The zone.</param>
    /// <returns>The instant in the zone.</returns>
    internal static ZonedDateTime ResolveForLength(EventTime time, DateTimeZone zone) =>
        TryResolveExactly(time, zone, out var result) ? result : zone.ResolveLocal(time.Local, Resolvers.LenientResolver);

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
    /// Reports a time that <c>TryResolveExactly</c> did not resolve: an offset the zone does not use at that local
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

    /// <summary>The phrase with its first letter in capitals, to begin a sentence; every caller names what a time belongs
    /// to with a non-empty phrase.</summary>
    private static string Capitalize(string what) =>
        string.Concat(char.ToUpper(what[0], CultureInfo.InvariantCulture).ToString(), what.AsSpan(1));
}
