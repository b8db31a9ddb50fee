using NodaTime;

namespace Prb.Events;

/// <summary>What is on at an instant and what comes next.</summary>
public sealed class NowAndNext
{
    internal NowAndNext(Instant now, IReadOnlyList<ScheduledItem> current, ScheduledItem? next)
    {
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
}
