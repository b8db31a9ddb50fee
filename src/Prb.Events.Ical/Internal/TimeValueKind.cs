namespace Prb.Events.Ical.Internal;

/// <summary>The forms of a DATE or DATE-TIME value (RFC 5545 section 3.3.5).</summary>
internal enum TimeValueKind
{
    /// <summary>A DATE: an all-day value.</summary>
    Date,

    /// <summary>A local time without a zone: the same wall-clock time everywhere.</summary>
    Floating,

    /// <summary>A UTC time (<c>Z</c>).</summary>
    Utc,

    /// <summary>A local time with a TZID.</summary>
    Zoned,
}
