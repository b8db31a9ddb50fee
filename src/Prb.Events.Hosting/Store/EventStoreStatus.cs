namespace Prb.Events.Hosting;

/// <summary>What a write to an <see cref="IEventStore"/> did.</summary>
public enum EventStoreStatus
{
    /// <summary>The event was added.</summary>
    Created,

    /// <summary>The event was replaced.</summary>
    Replaced,

    /// <summary>The event was deleted.</summary>
    Deleted,

    /// <summary>Nothing was written: an event with the slug exists already.</summary>
    AlreadyExists,

    /// <summary>Nothing was written: no event has the slug.</summary>
    NotFound,

    /// <summary>Nothing was written: the stored event is not at the version expected (someone else wrote it first).</summary>
    Conflict,

    /// <summary>Nothing was written: the event has validation errors, given in <see cref="EventStoreResult.Diagnostics"/>.</summary>
    Invalid,
}
