namespace Prb.Events;

/// <summary>How local times that daylight saving time makes skipped or ambiguous become instants.</summary>
public enum LocalTimePolicy
{
    /// <summary>
    /// A skipped local time, or an ambiguous one without an offset, is an error diagnostic naming the item and the
    /// time, and the item is left out of the schedule. The default: an announcement should not say a time that
    /// does not exist.
    /// </summary>
    Strict,

    /// <summary>
    /// A skipped local time moves forward by the length of the gap, and an ambiguous one takes its earlier
    /// occurrence (NodaTime's lenient resolver); the diagnostic becomes a warning.
    /// </summary>
    Lenient,
}
