using System.Buffers;

namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.SpeakerDoubleBooked"/>: no speaker is in two agenda items that take place at once.
/// Speakers are compared by id.</summary>
/// <remarks>Each speaker of an item is reported once, with the earlier item that ends last, in O(n log n) for n
/// speakers of all items (<see cref="OverlapSweep"/>).</remarks>
internal sealed class SpeakerClashRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var items = context.ItemsByStart;
        var agenda = context.Event.Agenda;

        // The array grows as needed. The items come by start and then by index, so each speaker's occupancies are added
        // in that order.
        var pool = ArrayPool<Occupancy>.Shared;
        var speakers = pool.Rent(items.Length);
        try
        {
            var numbers = new KeyNumbers(StringComparer.Ordinal);
            var total = 0;
            var listedTwice = false;
            foreach (var (start, end, index, _) in items)
            {
                var itemSpeakers = agenda[index].Speakers;
                if (total + itemSpeakers.Count > speakers.Length)
                {
                    var larger = pool.Rent(Math.Max(2 * speakers.Length, total + itemSpeakers.Count));
                    speakers.AsSpan(0, total).CopyTo(larger);
                    pool.Return(speakers);
                    speakers = larger;
                }

                var first = total;
                for (var s = 0; s < itemSpeakers.Count; s++)
                {
                    var number = numbers.Number(itemSpeakers[s].Value);
                    for (var t = first; t < total && !listedTwice; t++)
                    {
                        listedTwice = speakers[t].Key == number;
                    }

                    speakers[total++] = new Occupancy(start, end, index, s, number);
                }
            }

            OverlapSweep.Report(speakers.AsSpan(0, total), numbers, listedTwice, (later, holder) => Diagnostic.Error(DiagnosticCodes.SpeakerDoubleBooked,
                $"agenda[{later.Index}].speakerIds[{later.Position}]",
                $"Speaker '{agenda[later.Index].Speakers[later.Position].Value}' is in agenda item '{agenda[later.Index].Title}' while still in '{agenda[holder.Index].Title}'.",
                $"agenda[{holder.Index}].speakerIds[{holder.Position}]"), diagnostics);
        }
        finally
        {
            pool.Return(speakers);
        }
    }
}
