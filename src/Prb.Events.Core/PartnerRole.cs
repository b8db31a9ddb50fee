namespace Prb.Events;

/// <summary>The part an organisation plays in an event other than organising it.</summary>
public enum PartnerRole
{
    /// <summary>A partner of the event.</summary>
    Partner,

    /// <summary>A co-organiser.</summary>
    CoOrganizer,

    /// <summary>A sponsor or funder.</summary>
    Sponsor,

    /// <summary>A media partner.</summary>
    MediaPartner,

    /// <summary>An honorary patron.</summary>
    HonoraryPatron,

    /// <summary>The organiser of a contest whose awards are presented at the event.</summary>
    ContestOrganizer,

    /// <summary>The operator of the programme the event belongs to.</summary>
    ProgrammeOperator,

    /// <summary>The body that hosts the venue.</summary>
    Host,

    /// <summary>The publisher of the listing that announced the event.</summary>
    ListingPublisher,
}
