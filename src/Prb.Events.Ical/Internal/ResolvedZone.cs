using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>A zone a TZID names.</summary>
/// <param name="Zone">The zone times are resolved in: tzdb's, or the input's VTIMEZONE evaluated by its own rules.</param>
/// <param name="IanaId">The IANA id when <paramref name="Zone"/> is tzdb's; null when it is the input's VTIMEZONE.</param>
/// <param name="Tzdb">For a VTIMEZONE of the input whose TZID tzdb also knows (an IANA or Windows id): tzdb's zone of
/// that name, which the event is placed in where the two agree; otherwise null.</param>
internal sealed record ResolvedZone(DateTimeZone Zone, string? IanaId, DateTimeZone? Tzdb = null)
{
    /// <summary>Gets the tzdb zone this zone is or stands beside, or null.</summary>
    internal DateTimeZone? TzdbZone => IanaId is not null ? Zone : Tzdb;
}
