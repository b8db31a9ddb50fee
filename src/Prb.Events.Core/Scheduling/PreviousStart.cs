using NodaTime;

namespace Prb.Events;

/// <summary>The start of the agenda item before, when it resolved exactly, which
/// <see cref="LocalTimeResolver.TryResolveItem"/> reuses when the next item starts at the same time: parallel sessions
/// start together. One per pass over an agenda, starting from <c>default</c>.</summary>
internal struct PreviousStart
{
    /// <summary>The start as written, or null before the first exact start.</summary>
    internal EventTime? Time;

    /// <summary>What it resolved to.</summary>
    internal ZonedDateTime Result;
}
