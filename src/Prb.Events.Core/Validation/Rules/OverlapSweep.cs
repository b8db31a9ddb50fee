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
    /// <param name="occupancies">The occupancies, ordered by start and index; sorted in place when
    /// <paramref name="hasTies"/>.</param>
    /// <param name="keys">The numbering of their keys.</param>
    /// <param name="hasTies">Whether two occupancies can tie on key, start and index.</param>
    /// <param name="report">Makes the diagnostic for an occupancy and the one it overlaps.</param>
    /// <param name="diagnostics">Receives the diagnostics, in the order of the sweep.</param>
    /// <remarks>
    /// <para>The distinct keys are ranked in the order of their comparer, and a stable distribution by rank then orders
    /// copies of the occupancies by key, start and index in O(n + k log k) for n occupancies with k distinct keys, in
    /// pooled scratch space.</para>
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
        if (hasTies)
        {
            SortByComparison(occupancies, rank);
            Sweep(occupancies, report, diagnostics);
            return;
        }

        var scratch = ArrayPool<Occupancy>.Shared.Rent(occupancies.Length);
        try
        {
            var ordered = scratch.AsSpan(0, occupancies.Length);
            Distribute(occupancies, rank, ordered);
            Sweep(ordered, report, diagnostics);
        }
        finally
        {
            ArrayPool<Occupancy>.Shared.Return(scratch);
        }
    }

    /// <summary>Sweeps occupancies ordered by key, start and index once, keeping for each key the occupancy that ends
    /// last so far, and reports each occupancy that starts before that end, unless both are of one item.</summary>
    private static void Sweep(ReadOnlySpan<Occupancy> ordered, Func<Occupancy, Occupancy, Diagnostic> report, List<Diagnostic> diagnostics)
    {
        // Equal numbers mean equal keys.
        ref readonly var holder = ref ordered[0];
        for (var i = 1; i < ordered.Length; i++)
        {
            ref readonly var current = ref ordered[i];
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

    /// <summary>Sorts the occupancies by the rank of their key, start and index.</summary>
    private static void SortByComparison(Span<Occupancy> occupancies, int[] rank) =>
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

    /// <summary>Copies the occupancies, which are in order of start and index, into <paramref name="ordered"/> in order
    /// of the rank of their key with a stable counting distribution: one pass to count, one to copy. The copy, rather
    /// than an order of positions, lets the sweep read memory in sequence, which counts once the occupancies no longer
    /// fit in the processor's caches.</summary>
    private static void Distribute(ReadOnlySpan<Occupancy> occupancies, int[] rank, Span<Occupancy> ordered)
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

        foreach (ref readonly var occupancy in occupancies)
        {
            ordered[next[rank[occupancy.Key]]++] = occupancy;
        }
    }
}
