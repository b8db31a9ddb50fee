using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>A DTSTART or DTEND as read: a DATE, a floating local time, a UTC time, or a local time in a resolved zone
/// (with the instant it maps to).</summary>
internal readonly record struct TimeValue(TimeValueKind Kind, LocalDateTime Local, Instant Instant, ResolvedZone? Zone)
{
    internal bool HasInstant => Kind is TimeValueKind.Utc or TimeValueKind.Zoned;
}
