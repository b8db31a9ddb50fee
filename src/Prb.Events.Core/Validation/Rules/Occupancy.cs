using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>An interval in which a room or a speaker is busy.</summary>
/// <param name="Start">The instant the item starts.</param>
/// <param name="End">The instant it ends.</param>
/// <param name="Index">The item's index in the agenda.</param>
/// <param name="Position">The speaker's position in the item's speakers, or -1 for the room.</param>
/// <param name="Key">The number that <see cref="KeyNumbers"/> gave the room or the speaker.</param>
internal readonly record struct Occupancy(Instant Start, Instant End, int Index, int Position, int Key);
