using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>An agenda item that occupies its room and its speakers: its instants, its index in the agenda and its room.
/// Compares by start and then by index, the order of <see cref="EventSchedule.Items"/>.</summary>
/// <remarks>The room is kept here so that <see cref="RoomOverlapRule"/> need not read the items again: at 100,000 items
/// a pass over the items themselves is a pass over memory that no cache holds, and with the room here the validator
/// makes no more such passes than when one method checked rooms and speakers together. (Keeping the speakers here too
/// measured slower: the copies grow and the speakers' lists are read anyway.)</remarks>
/// <param name="Start">The instant it starts.</param>
/// <param name="End">The instant it ends, after <paramref name="Start"/>.</param>
/// <param name="Index">Its index in <see cref="Event.Agenda"/>.</param>
/// <param name="Room">Its <see cref="AgendaItem.Room"/>.</param>
internal readonly record struct TimedItem(Instant Start, Instant End, int Index, string? Room) : IComparable<TimedItem>
{
    /// <inheritdoc />
    public int CompareTo(TimedItem other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Index.CompareTo(other.Index);
    }
}
