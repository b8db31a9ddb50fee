namespace Prb.Events;

/// <summary>What kind of gathering an event is.</summary>
public enum EventKind
{
    /// <summary>A conference: talks and presentations for a wide audience.</summary>
    Conference,

    /// <summary>A workshop: hands-on work in a small group.</summary>
    Workshop,

    /// <summary>A training course for librarians or partners.</summary>
    Training,

    /// <summary>A meeting of a network, partnership or board.</summary>
    Meeting,

    /// <summary>A seminar.</summary>
    Seminar,

    /// <summary>A festival or fair.</summary>
    Festival,

    /// <summary>A gala or award ceremony on its own.</summary>
    Gala,

    /// <summary>A webinar held only online.</summary>
    Webinar,

    /// <summary>Any other kind.</summary>
    Other,
}
