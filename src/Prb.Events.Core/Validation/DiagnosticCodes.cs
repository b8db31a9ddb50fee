namespace Prb.Events;

/// <summary>The stable codes of <see cref="Diagnostic"/>s. A code never changes meaning once released.</summary>
public static class DiagnosticCodes
{
    /// <summary>A required text, such as a title or name, is empty or white space.</summary>
    public const string RequiredTextBlank = "PRB1001";

    /// <summary>An end is not after its start.</summary>
    public const string EndNotAfterStart = "PRB1002";

    /// <summary>An agenda item lies outside every day of the event.</summary>
    public const string OutsideEventDays = "PRB1003";

    /// <summary>Two agenda items overlap in one room.</summary>
    public const string RoomOverlap = "PRB1004";

    /// <summary>A speaker is in two agenda items at once.</summary>
    public const string SpeakerDoubleBooked = "PRB1005";

    /// <summary>An e-mail address is not valid.</summary>
    public const string InvalidEmail = "PRB1006";

    /// <summary>A phone number is not valid.</summary>
    public const string InvalidPhone = "PRB1007";

    /// <summary>The time zone id is not known to the time zone provider.</summary>
    public const string UnknownTimeZone = "PRB1008";

    /// <summary>A revision is lower than the one published before.</summary>
    public const string RevisionWentBack = "PRB1009";

    /// <summary>A local time falls in a gap, when clocks go forward, and does not exist.</summary>
    public const string SkippedLocalTime = "PRB1010";

    /// <summary>A local time falls in the hour that repeats when clocks go back, and has no offset to say which.</summary>
    public const string AmbiguousLocalTime = "PRB1011";

    /// <summary>A time carries a UTC offset that the zone does not use at that local time.</summary>
    public const string OffsetNotInZone = "PRB1012";

    /// <summary>An id refers to nothing in the document.</summary>
    public const string UnknownReference = "PRB1013";

    /// <summary>Two things of one kind share an id.</summary>
    public const string DuplicateId = "PRB1014";

    /// <summary>The days of the event are not in order, or overlap.</summary>
    public const string DaysOutOfOrder = "PRB1015";

    /// <summary>The language is not a BCP 47 tag.</summary>
    public const string InvalidLanguageTag = "PRB1016";

    /// <summary>Registration closes after the event starts.</summary>
    public const string RegistrationAfterStart = "PRB1017";

    /// <summary>A URL is not http or https.</summary>
    public const string UnsupportedUrlScheme = "PRB1018";

    /// <summary>An update changes an event or an item without raising its revision, so subscribers would miss it.</summary>
    public const string ChangedWithoutNewRevision = "PRB1019";

    /// <summary>An update replaces an event with another event (a different id).</summary>
    public const string DifferentEvent = "PRB1020";

    /// <summary>A series has more than one day; a series event has exactly one day, its first occurrence.</summary>
    public const string SeriesWithSeveralDays = "PRB1021";

    /// <summary>A recurrence rule's interval is below 1.</summary>
    public const string RecurrenceIntervalNotPositive = "PRB1022";

    /// <summary>A recurrence rule's count is below 1.</summary>
    public const string RecurrenceCountNotPositive = "PRB1023";

    /// <summary>A recurrence rule ends before the series starts.</summary>
    public const string RecurrenceUntilBeforeStart = "PRB1024";

    /// <summary>A recurrence rule never gives a date, such as the 31st of February or the sixth Monday of a month.</summary>
    public const string RecurrenceNeverOccurs = "PRB1025";

    /// <summary>The first day of a series is not a date its rule gives, so the series would start off its own rule.</summary>
    public const string SeriesStartNotOccurrence = "PRB1026";

    /// <summary>A cancelled or changed occurrence names a date that is not an occurrence of the rule.</summary>
    public const string NotAnOccurrence = "PRB1027";

    /// <summary>An occurrence is cancelled or changed twice, or both.</summary>
    public const string DuplicateOccurrence = "PRB1028";

    /// <summary>A recurrence count is above <see cref="EventLimits.MaxRecurrenceCount"/>.</summary>
    public const string RecurrenceCountTooLarge = "PRB1029";
}
