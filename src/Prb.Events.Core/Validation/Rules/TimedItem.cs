using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>An agenda item that occupies its room and its speakers: its instants and its index in the agenda. Compares
/// by start and then by index, the order of <see cref="EventSchedule.Items"/>.</summary>
/// <param name="Start">The instant it starts.</param>
/// <param name="End">The instant it ends, after <paramref name="Start"/>.</param>
/// <param name="Index">Its index in <see cref="Event.Agenda"/>.</param>
internal readonly record struct TimedItem(Instant Start, Instant End, int Index) : IComparable<TimedItem>
{
    /// <inheritdoc />
    public int CompareTo(TimedItem other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Index.CompareTo(other.Index);
    }
}
