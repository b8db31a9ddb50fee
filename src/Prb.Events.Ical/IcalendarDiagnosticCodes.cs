namespace Prb.Events.Ical;

/// <summary>The stable codes of the diagnostics <see cref="IcalendarImporter"/> reports. A code never changes meaning once released.</summary>
/// <remarks>The path of each diagnostic names the input line and the property or component, such as <c>line 42: DTSTART</c>.</remarks>
public static class IcalendarDiagnosticCodes
{
    /// <summary>A line is not a content line (<c>NAME;PARAM=value:value</c>); it is skipped.</summary>
    public const string MalformedLine = "PRB2001";

    /// <summary>A component has no END, or an END has no BEGIN; an unterminated component is skipped.</summary>
    public const string UnbalancedComponent = "PRB2002";

    /// <summary>A component could not be read at all and is skipped.</summary>
    public const string InvalidComponent = "PRB2003";

    /// <summary>A component lacks a property it cannot do without, such as DTSTART; it is skipped.</summary>
    public const string MissingProperty = "PRB2004";

    /// <summary>A property's value cannot be read; the property is skipped, or the component when it needs the value.</summary>
    public const string InvalidValue = "PRB2005";

    /// <summary>A TZID names no zone: not an IANA id, not a Windows id, and no VTIMEZONE of the input defines it. The component is skipped.</summary>
    public const string UnknownTimeZone = "PRB2006";

    /// <summary>A VTIMEZONE has rules that cannot be evaluated exactly; times in that zone cannot be resolved.</summary>
    public const string UnsupportedTimeZoneRule = "PRB2007";

    /// <summary>A recurrence is imported only in part: a recurring event whose rule a series cannot hold is imported as
    /// its first occurrence, or a part of a series (RDATE values, an EXDATE or RECURRENCE-ID naming no occurrence, an
    /// overridden occurrence of an event imported as its first occurrence) is left out. The message names what.</summary>
    public const string RecurrenceNotImported = "PRB2008";

    /// <summary>Two components share a UID (or two agenda items an id); the later one is skipped.</summary>
    public const string DuplicateUid = "PRB2009";

    /// <summary>A note on how the zone of an event was chosen: floating times, a zone defined only by the input's own
    /// VTIMEZONE, or UTC times with no zone named.</summary>
    public const string TimeZoneChosen = "PRB2010";

    /// <summary>A local time does not exist in its zone (clocks went forward); it is taken with the offset before the gap, as RFC 5545 says.</summary>
    public const string SkippedLocalTime = "PRB2011";

    /// <summary>Text held characters that event documents cannot carry (control characters); they were replaced by U+FFFD.</summary>
    public const string TextReplaced = "PRB2012";

    /// <summary>Two VTIMEZONEs of the input define one TZID differently; the first definition is used.</summary>
    public const string ConflictingTimeZoneDefinitions = "PRB2013";

    /// <summary>A VTIMEZONE of the input whose TZID tzdb also knows (an IANA or Windows id) disagrees with tzdb: it gives
    /// a time of the input a different UTC offset (the file's definition governs, as RFC 5545 says), or it cannot be
    /// evaluated (tzdb's zone is used instead).</summary>
    public const string TimeZoneDisagreesWithTzdb = "PRB2014";

    /// <summary>DTSTART and DTEND have different value types (a DATE and a DATE-TIME), which RFC 5545 forbids; the DTEND
    /// is ignored and the end follows from DTSTART alone.</summary>
    public const string MismatchedValueTypes = "PRB2015";
}
