namespace Prb.Events;

/// <summary>What happens in an agenda item.</summary>
public enum AgendaItemKind
{
    /// <summary>Arrival and registration of participants.</summary>
    Registration,

    /// <summary>The opening of the event.</summary>
    Opening,

    /// <summary>A lecture.</summary>
    Lecture,

    /// <summary>A presentation, such as a library showing its good practice.</summary>
    Presentation,

    /// <summary>A panel discussion.</summary>
    Panel,

    /// <summary>A workshop session.</summary>
    Workshop,

    /// <summary>A coffee break.</summary>
    CoffeeBreak,

    /// <summary>A lunch break.</summary>
    LunchBreak,

    /// <summary>Any other break.</summary>
    Break,

    /// <summary>The presentation of awards, such as a contest's prizes.</summary>
    AwardCeremony,

    /// <summary>A concert.</summary>
    Concert,

    /// <summary>Time for talking and making contacts.</summary>
    Networking,

    /// <summary>The closing of the event.</summary>
    Closing,

    /// <summary>Anything else.</summary>
    Other,
}
