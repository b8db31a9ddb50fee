using NodaTime;

namespace Prb.Events.Benchmarks;

/// <summary>
/// The brute-force baseline for overlap detection: resolves every agenda item to instants and compares all pairs,
/// in O(n²) for n items.
/// </summary>
/// <remarks>
/// Follows the rules of <see cref="EventValidator"/>: cancelled items, items whose times cannot be resolved
/// exactly and items that do not end after they start take no part; rooms are compared without regard to case and
/// surrounding white space; speakers are compared by id. It counts every overlapping pair, where the validator reports
/// each item that overlaps the one that ends last so far, so the counts agree whenever overlaps come in pairs.
/// </remarks>
public static class PairwiseOverlapCheck
{
    /// <summary>Counts the pairs of agenda items that share a room, and the speaker pairs that share a speaker, at overlapping times.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The number of room overlaps and of speaker double bookings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static (int RoomOverlaps, int SpeakerDoubleBookings) Count(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var zone = DateTimeZoneProviders.Tzdb[@event.TimeZoneId];
        var agenda = @event.Agenda;
        var n = agenda.Count;
        var starts = new Instant[n];
        var ends = new Instant[n];
        var rooms = new string?[n];
        var active = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var item = agenda[i];
            if (item.Status == AgendaItemStatus.Cancelled || !TryResolve(item.Start, zone, out starts[i]) || !TryResolve(item.End, zone, out ends[i]))
            {
                continue;
            }

            active[i] = ends[i] > starts[i];
            rooms[i] = string.IsNullOrWhiteSpace(item.Room) ? null : item.Room.Trim();
        }

        int roomOverlaps = 0, speakerDoubleBookings = 0;
        for (var i = 0; i < n; i++)
        {
            if (!active[i])
            {
                continue;
            }

            for (var j = i + 1; j < n; j++)
            {
                if (!active[j] || starts[i] >= ends[j] || starts[j] >= ends[i])
                {
                    continue;
                }

                if (rooms[i] is { } room && string.Equals(room, rooms[j], StringComparison.OrdinalIgnoreCase))
                {
                    roomOverlaps++;
                }

                var speakersOfI = agenda[i].Speakers;
                var speakersOfJ = agenda[j].Speakers;
                for (var s = 0; s < speakersOfI.Count; s++)
                {
                    for (var t = 0; t < speakersOfJ.Count; t++)
                    {
                        if (string.Equals(speakersOfI[s].Value, speakersOfJ[t].Value, StringComparison.Ordinal))
                        {
                            speakerDoubleBookings++;
                        }
                    }
                }
            }
        }

        return (roomOverlaps, speakerDoubleBookings);
    }

    /// <summary>Resolves a time as the strict scheduler does: the one instant of a local time, or the one that matches its offset.</summary>
    private static bool TryResolve(EventTime time, DateTimeZone zone, out Instant instant)
    {
        var mapping = zone.MapLocal(time.Local);
        if (time.Offset is not { } offset)
        {
            if (mapping.Count == 1)
            {
                instant = mapping.Single().ToInstant();
                return true;
            }
        }
        else if (mapping.Count >= 1 && mapping.First().Offset == offset)
        {
            instant = mapping.First().ToInstant();
            return true;
        }
        else if (mapping.Count == 2 && mapping.Last().Offset == offset)
        {
            instant = mapping.Last().ToInstant();
            return true;
        }

        instant = default;
        return false;
    }
}
