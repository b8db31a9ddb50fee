using System.Runtime.InteropServices;
using NodaTime;

namespace Prb.Events;

/// <summary>Puts scheduled items, given in document order, in order of start instant and then of document index.</summary>
/// <remarks>The keys are unique (no two items share an index), so every sort gives the same order. An agenda already in
/// order of start, as most are, costs one pass and nothing else; otherwise each start instant is computed once rather
/// than in every comparison.</remarks>
internal static class StartOrder
{
    /// <summary>Sorts <paramref name="items"/> in place.</summary>
    internal static void Sort(List<ScheduledItem> items)
    {
        if (!IsSorted(items))
        {
            Keys(items).AsSpan().Sort(CollectionsMarshal.AsSpan(items));
        }
    }

    /// <summary>Whether every item starts no earlier than the one before it.</summary>
    internal static bool IsSorted(List<ScheduledItem> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].Start.ToInstant() < items[i - 1].Start.ToInstant())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The sort key of each item: its start instant, then its index in the agenda.</summary>
    private static (Instant Start, int Index)[] Keys(List<ScheduledItem> items)
    {
        var keys = new (Instant Start, int Index)[items.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = (items[i].Start.ToInstant(), items[i].Index);
        }

        return keys;
    }
}
