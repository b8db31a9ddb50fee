using NodaTime;

namespace Prb.Events;

/// <summary>An agenda item whose start and end both resolve in the event's zone.</summary>
/// <param name="Item">The item.</param>
/// <param name="Index">Its index in the agenda.</param>
/// <param name="Start">Its resolved start.</param>
/// <param name="End">Its resolved end.</param>
internal readonly record struct ResolvedItem(AgendaItem Item, int Index, ZonedDateTime Start, ZonedDateTime End);
