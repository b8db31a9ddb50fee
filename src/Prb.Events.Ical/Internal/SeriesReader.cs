using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Turns the recurrence of a VEVENT (RRULE, RDATE, EXDATE) into the parts of an <see cref="EventSeries"/>: the
/// rule and the cancelled dates. What the model cannot hold is reported with PRB2008 naming it: a rule it cannot hold
/// leaves the event as its first occurrence; RDATE values are left out while the rule is kept; an EXDATE that names no
/// occurrence of the rule is left out.</summary>
internal sealed class SeriesReader
{
    private readonly List<Diagnostic> _diagnostics;

    internal SeriesReader(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>Reads the rule of a recurring VEVENT; null (reported) when the event stays its first occurrence.</summary>
    internal RecurrenceRule? Rule(ParsedEvent p, LocalDateTime start, DateTimeZone zone)
    {
        var lines = p.Recurrence;
        if (lines.Rules.Count == 0)
        {
            var first = lines.Dates[0];
            Report(first, "RDATE", "the event recurs on extra dates (RDATE) without a rule, which a series cannot hold; only its first occurrence is imported.");
            return null;
        }

        if (lines.Rules.Count > 1)
        {
            Report(lines.Rules[1], "RRULE", $"the event has {lines.Rules.Count} RRULEs and a series holds one; only its first occurrence is imported.");
            return null;
        }

        var line = lines.Rules[0];
        var result = RecurrenceRuleParser.Parse(line.Value, start, p.Start.Kind == TimeValueKind.Floating ? null : zone);
        if (result.Rule is null)
        {
            Report(line, "RRULE", $"the rule '{line.Value}' cannot be held by a series ({string.Join("; ", result.NotHeld)}); only its first occurrence is imported.");
            return null;
        }

        if (lines.Dates.Count > 0)
        {
            var dates = string.Join(",", lines.Dates.Select(d => d.Value));
            Report(lines.Dates[0], "RDATE", $"the extra dates {dates} (RDATE) cannot be held by a series; the rule is imported without them.");
        }

        return result.Rule;
    }

    /// <summary>The EXDATE values as local dates in the event's zone (<see cref="DateOf"/>), each with its line.</summary>
    internal static List<(LocalDate Date, ContentLine Line)> Exceptions(ParsedEvent p, DateTimeZone zone) =>
        [.. p.ExceptionTimes.Select(e => (DateOf(e.Time, p, zone), e.Line))];

    /// <summary>The local date, in the event's zone, of the occurrence an EXDATE or a RECURRENCE-ID names: as written
    /// when it is a date, a floating time, or a time in DTSTART's zone (an input's VTIMEZONE covers only some years); a
    /// UTC time, or one in another zone, by its instant.</summary>
    internal static LocalDate DateOf(TimeValue value, ParsedEvent p, DateTimeZone zone) =>
        !value.HasInstant || (value.Kind == TimeValueKind.Zoned && Equals(value.Zone, p.Start.Zone)) ? value.Local.Date : value.Instant.InZone(zone).Date;

    /// <summary>Reports a PRB2008 warning at a line.</summary>
    internal void Report(ContentLine line, string what, string message) =>
        _diagnostics.Add(new Diagnostic(IcalendarDiagnosticCodes.RecurrenceNotImported, DiagnosticSeverity.Warning, ContentLineLocation.Of(line.LineNumber, what), message));
}
