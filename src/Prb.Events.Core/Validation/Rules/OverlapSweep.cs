using System.Buffers;

namespace Prb.Events.Validation.Rules;

/// <summary>The one sort and sweep behind <see cref="RoomOverlapRule"/> and <see cref="SpeakerClashRule"/>: finds, for
/// each key, the occupancies that start before an earlier one of the same key ends.</summary>
internal static class OverlapSweep
{
    /// <summary>
    /// Orders occupancies by key, start and index, then sweeps each key once, keeping the occupancy that ends last so
    /// far. An occupancy that starts before that end overlaps it, unless both are of one item.
    /// </summary>
    /// <param name="occupancies">The occupancies, ordered by start and index; reordered only when
    /// <paramref name="hasTies"/>.</param>
    /// <param name="keys">The numbering of their keys.</param>
    /// <param name="hasTies">Whether two occupancies can tie on key, start and index.</param>
    /// <param name="report">Makes the diagnostic for an occupancy and the one it overlaps.</param>
    /// <param name="diagnostics">Receives the diagnostics, in the order of the sweep.</param>
    /// <remarks>
    /// <para>The distinct keys are ranked in the order of their comparer, and a stable distribution by rank then orders
    /// the occupancies by key, start and index in O(n + k log k) for n occupancies with k distinct keys. The occupancies
    /// stay where they are: only their positions are ordered.</para>
    /// <para>Two occupancies tie on key, start and index only when an item lists the same speaker twice. Then
    /// <paramref name="hasTies"/> is true and the occupancies are sorted by comparison instead, in O(n log n), which
    /// leaves such ties in the order that sorting by the key text left them, and so gives the same diagnostics.</para>
    /// </remarks>
    internal static void Report(Span<Occupancy> occupancies, KeyNumbers keys, bool hasTies, Func<Occupancy, Occupancy, Diagnostic> report, List<Diagnostic> diagnostics)
    {
        if (occupancies.Length < 2)
        {
            return;
        }

        var rank = keys.Ranks();
        var sequence = ArrayPool<int>.Shared.Rent(occupancies.Length);
        try
        {
            if (hasTies)
            {
                SortByComparison(occupancies, rank, sequence);
            }
            else
            {
                Distribute(occupancies, rank, sequence);
            }

            // Equal numbers mean equal keys.
            ref readonly var holder = ref occupancies[sequence[0]];
            for (var i = 1; i < occupancies.Length; i++)
            {
                ref readonly var current = ref occupancies[sequence[i]];
                if (current.Key != holder.Key)
                {
                    holder = ref current;
                    continue;
                }

                if (current.Start < holder.End && current.Index != holder.Index)
                {
                    diagnostics.Add(report(current, holder));
                }

                if (current.End > holder.End)
                {
                    holder = ref current;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sequence);
        }
    }

    /// <summary>Sorts the occupancies by the rank of their key, start and index, and numbers their positions in order.</summary>
    private static void SortByComparison(Span<Occupancy> occupancies, int[] rank, int[] sequence)
    {
        occupancies.Sort((a, b) =>
        {
            var byKey = rank[a.Key].CompareTo(rank[b.Key]);
            if (byKey != 0)
            {
                return byKey;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.Index.CompareTo(b.Index);
        });
        for (var i = 0; i < occupancies.Length; i++)
        {
            sequence[i] = i;
        }
    }

    /// <summary>Puts the positions of the occupancies, which are in order of start and index, in order of the rank of
    /// their key with a stable counting distribution.</summary>
    private static void Distribute(ReadOnlySpan<Occupancy> occupancies, int[] rank, int[] sequence)
    {
        var next = new int[rank.Length + 1];
        foreach (ref readonly var occupancy in occupancies)
        {
            next[rank[occupancy.Key] + 1]++;
        }

        for (var r = 1; r < next.Length; r++)
        {
            next[r] += next[r - 1];
        }

        for (var i = 0; i < occupancies.Length; i++)
        {
            sequence[next[rank[occupancies[i].Key]]++] = i;
        }
    }
}
