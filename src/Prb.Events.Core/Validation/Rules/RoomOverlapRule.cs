using System.Buffers;

namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.RoomOverlap"/>: no two agenda items that take place are in one room at once.
/// Rooms are compared ordinally, ignoring case and surrounding white space; a blank room is no room.</summary>
/// <remarks>Each item is reported once, with the item it overlaps that ends last among those that started before it, in
/// O(n log n) for n items (<see cref="OverlapSweep"/>).</remarks>
internal sealed class RoomOverlapRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var items = context.ItemsByStart;
        var agenda = context.Event.Agenda;

        // An item has one room at most. The items come by start and then by index, so each room's occupancies are
        // added in that order.
        var rooms = ArrayPool<Occupancy>.Shared.Rent(items.Length);
        try
        {
            var numbers = new KeyNumbers(StringComparer.OrdinalIgnoreCase);
            var count = 0;
            foreach (var (start, end, index, room) in items)
            {
                if (!string.IsNullOrWhiteSpace(room))
                {
                    rooms[count++] = new Occupancy(start, end, index, -1, numbers.Number(room.Trim()));
                }
            }

            OverlapSweep.Report(rooms.AsSpan(0, count), numbers, false, (later, holder) => Diagnostic.Error(DiagnosticCodes.RoomOverlap, $"agenda[{later.Index}]",
                $"Agenda item '{agenda[later.Index].Title}' overlaps '{agenda[holder.Index].Title}' in room '{agenda[later.Index].Room!.Trim()}'.",
                $"agenda[{holder.Index}]"), diagnostics);
        }
        finally
        {
            ArrayPool<Occupancy>.Shared.Return(rooms);
        }
    }
}
