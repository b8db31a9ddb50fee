namespace Prb.Events;

/// <summary>Whether an agenda item takes place as announced.</summary>
public enum AgendaItemStatus
{
    /// <summary>The item takes place as announced.</summary>
    Scheduled,

    /// <summary>The item has new times.</summary>
    Rescheduled,

    /// <summary>The item is cancelled.</summary>
    Cancelled,
}
