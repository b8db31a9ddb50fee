using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// A time as it is written: its instant, and whether it is written as a local time with the zone's TZID or in UTC.
/// </summary>
/// <remarks>
/// A local time that maps to exactly one instant is written with its TZID. Every other time — the second (or a
/// pinned first) occurrence of an ambiguous local time, a local time skipped by a change of clocks, a time whose
/// offset the zone does not have — is written in UTC, so every client gets the one instant the model means instead of
/// applying its own rule for times that do not map to one instant.
/// </remarks>
internal readonly record struct ExportTime(Instant Instant, LocalDateTime Local, bool InUtc)
{
    internal static ExportTime Resolve(EventTime time, DateTimeZone zone)
    {
        var local = TruncateToSeconds(time.Local);
        var mapping = zone.MapLocal(local);
        if (time.Offset is { } offset)
        {
            if (mapping.Count == 1 && mapping.First().Offset == offset)
            {
                return new ExportTime(mapping.First().ToInstant(), local, false);
            }

            return new ExportTime(local.WithOffset(offset).ToInstant(), local, true);
        }

        if (mapping.Count == 1)
        {
            return new ExportTime(mapping.First().ToInstant(), local, false);
        }

        // Ambiguous: the earlier occurrence; skipped: moved forward by the gap. This is NodaTime's lenient resolver
        // and what RFC 5545 says clients do, written in UTC so that no client has to decide.
        var resolved = zone.ResolveLocal(local, NodaTime.TimeZones.Resolvers.LenientResolver);
        return new ExportTime(resolved.ToInstant(), local, true);
    }

    private static LocalDateTime TruncateToSeconds(LocalDateTime local) =>
        local.NanosecondOfSecond == 0 ? local : local.PlusNanoseconds(-local.NanosecondOfSecond);
}
