using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>Maps local times to instants without <see cref="DateTimeZone.MapLocal"/>'s allocation in the common case: a
/// local time far from every change of offset maps to exactly one instant.</summary>
internal static class ZoneMapping
{
    /// <summary>Farther than this from a change of offset, a local time is neither skipped nor repeated (no zone changes
    /// its offset by more than a day at once).</summary>
    private static readonly Duration Margin = Duration.FromHours(36);

    /// <summary>Gets the one instant a local time maps to when it is far from every change of offset; false when it
    /// may be near one (then <see cref="DateTimeZone.MapLocal"/> decides).</summary>
    internal static bool TryUnique(LocalDateTime local, DateTimeZone zone, out Instant instant)
    {
        instant = default;
        if (local.Year is <= 1 or >= 9999)
        {
            return false;
        }

        var guess = local.InUtc().ToInstant();
        var interval = zone.GetZoneInterval(guess);
        var candidate = local.WithOffset(interval.WallOffset).ToInstant();
        var near = zone.GetZoneInterval(candidate);
        if (!near.Equals(interval))
        {
            return false;
        }

        if ((interval.HasStart && candidate - interval.Start < Margin) || (interval.HasEnd && interval.End - candidate < Margin))
        {
            return false;
        }

        instant = candidate;
        return true;
    }

    /// <summary>Whether a local time maps to two instants (the hour repeated when clocks go back).</summary>
    internal static bool IsAmbiguous(LocalDateTime local, Instant instant, DateTimeZone zone)
    {
        var interval = zone.GetZoneInterval(instant);
        if ((!interval.HasStart || instant - interval.Start >= Margin) && (!interval.HasEnd || interval.End - instant >= Margin))
        {
            return false;
        }

        return zone.MapLocal(local).Count == 2;
    }
}
