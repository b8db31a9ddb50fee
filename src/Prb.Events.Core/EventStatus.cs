namespace Prb.Events;

/// <summary>Whether an event takes place as announced.</summary>
public enum EventStatus
{
    /// <summary>The event takes place as announced.</summary>
    Scheduled,

    /// <summary>The event has new times; <see cref="Event.RescheduledFrom"/> holds the previous start.</summary>
    Rescheduled,

    /// <summary>The event is postponed to a date not yet known.</summary>
    Postponed,

    /// <summary>The event is cancelled.</summary>
    Cancelled,

    /// <summary>The event takes place online instead of at its venue.</summary>
    MovedOnline,
}
