using NodaTime;

namespace Prb.Events;

/// <summary>What is on at an instant and what comes next.</summary>
public sealed class NowAndNext
{
    internal NowAndNext(Instant now, IReadOnlyList<ScheduledItem> current, ScheduledItem? next, EventOccurrence? currentOccurrence = null, EventOccurrence? nextOccurrence = null)
    {
        CurrentOccurrence = currentOccurrence;
        NextOccurrence = nextOccurrence;
        Now = now;
        Current = current;
        Next = next;
    }

    /// <summary>Gets the instant the answer is for, read from the injected clock.</summary>
    public Instant Now { get; }

    /// <summary>Gets the items on at that instant; several when rooms run in parallel.</summary>
    public IReadOnlyList<ScheduledItem> Current { get; }

    /// <summary>Gets the first item that starts after that instant, or null.</summary>
    public ScheduledItem? Next { get; }

    /// <summary>Gets the occurrence of the event on at that instant (a day of a multi-day event, an occurrence of a
    /// series), or null between them.</summary>
    public EventOccurrence? CurrentOccurrence { get; }

    /// <summary>Gets the first occurrence that starts after that instant, or null.</summary>
    public EventOccurrence? NextOccurrence { get; }
}
