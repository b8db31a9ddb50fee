using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>What this package takes from one VEVENT, before it becomes an event, a further day of one, or an agenda item.</summary>
internal sealed class ParsedEvent
{
    /// <summary>Gets the VEVENT's BEGIN line, where its diagnostics point (the component itself is let go once read).</summary>
    internal required ContentLine Begin { get; init; }

    internal required string Uid { get; init; }

    /// <summary>Gets the UID a RELATED-TO without RELTYPE or with RELTYPE=PARENT names: the VEVENT is an agenda item of it.</summary>
    internal string? ParentUid { get; init; }

    /// <summary>Gets the UID a RELATED-TO;RELTYPE=SIBLING names: the VEVENT is a further day of that event.</summary>
    internal string? SiblingUid { get; init; }

    internal required TimeValue Start { get; init; }

    internal required TimeValue End { get; init; }

    /// <summary>Gets DTSTART's local date-time as written: for a time the clocks skip, <see cref="Start"/> holds the
    /// valid local time of its instant, but a series repeats the written time of day.</summary>
    internal LocalDateTime WrittenStart { get; init; }

    internal required string Summary { get; init; }

    internal string? Description { get; init; }

    internal string? Location { get; init; }

    internal required IReadOnlyList<string> Categories { get; init; }

    internal GeoCoordinate? Geo { get; init; }

    internal Uri? Url { get; init; }

    internal Uri? OnlineUrl { get; init; }

    internal bool IsCancelled { get; init; }

    internal int Sequence { get; init; }

    internal Instant? LastModified { get; init; }

    /// <summary>Gets the recurrence of the VEVENT as written (RRULE, RDATE, EXDATE lines), read into a series by
    /// <see cref="SeriesReader"/>.</summary>
    internal required RecurrenceLines Recurrence { get; init; }

    /// <summary>Gets the occurrence a VEVENT with RECURRENCE-ID changes (it becomes an override of the series with its
    /// UID), or null for a VEVENT of its own.</summary>
    internal TimeValue? RecurrenceId { get; init; }

    /// <summary>Gets the EXDATE values of a recurring VEVENT, read with their zones, each with its line.</summary>
    internal IReadOnlyList<(TimeValue Time, ContentLine Line)> ExceptionTimes { get; init; } = [];
}

/// <summary>The recurrence properties of a VEVENT as read: the lines themselves (name, parameters such as TZID and
/// VALUE, raw value), not yet evaluated.</summary>
/// <param name="Rules">The RRULE lines.</param>
/// <param name="Dates">The RDATE lines.</param>
/// <param name="Exceptions">The EXDATE lines.</param>
internal sealed record RecurrenceLines(IReadOnlyList<ContentLine> Rules, IReadOnlyList<ContentLine> Dates, IReadOnlyList<ContentLine> Exceptions)
{
    internal static readonly RecurrenceLines None = new([], [], []);

    internal bool Recurs => Rules.Count > 0 || Dates.Count > 0;
}
