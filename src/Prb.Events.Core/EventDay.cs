using NodaTime;

namespace Prb.Events;

/// <summary>One day of an event, with the local times it opens and closes in the event's zone.</summary>
/// <remarks>A day may close after midnight; validation reports a day whose end is not after its start.</remarks>
public sealed class EventDay
{
    /// <summary>Initializes a day of an event.</summary>
    /// <param name="start">When the day's programme starts, in the event's zone.</param>
    /// <param name="end">When the day's programme ends, in the event's zone.</param>
    public EventDay(EventTime start, EventTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the date of the day (the date of its start).</summary>
    public LocalDate Date => Start.Date;

    /// <summary>Gets when the day's programme starts.</summary>
    public EventTime Start { get; }

    /// <summary>Gets when the day's programme ends.</summary>
    public EventTime End { get; }

    /// <summary>Determines whether an interval of local times lies within this day.</summary>
    /// <param name="start">The start of the interval.</param>
    /// <param name="end">The end of the interval.</param>
    /// <returns>True when the interval starts no earlier than the day and ends no later.</returns>
    public bool Contains(EventTime start, EventTime end) => start.CompareTo(Start) >= 0 && end.CompareTo(End) <= 0;
}
