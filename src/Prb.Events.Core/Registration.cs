using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>How to register for an event: the deadline, the number of places and the fees.</summary>
public sealed class Registration
{
    /// <summary>Initializes registration details.</summary>
    /// <param name="deadline">The last moment to register, in the event's zone; optional.</param>
    /// <param name="capacity">The number of places; optional, and positive when given.</param>
    /// <param name="fees">The fee tiers, in order of their dates; empty when attendance is free.</param>
    /// <param name="url">The absolute URL of the registration form; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="fees"/> holds null, or <paramref name="url"/> is not absolute.</exception>
    public Registration(EventTime? deadline = null, int? capacity = null, IEnumerable<FeeTier>? fees = null, Uri? url = null)
    {
        Preconditions.CheckArgumentRange(capacity is null or > 0, nameof(capacity), capacity, "Capacity must be positive.");
        Deadline = deadline;
        Capacity = capacity;
        Fees = Preconditions.CheckElements(fees, nameof(fees));
        Url = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
    }

    /// <summary>Gets the registration deadline, or null.</summary>
    public EventTime? Deadline { get; }

    /// <summary>Gets the number of places, or null.</summary>
    public int? Capacity { get; }

    /// <summary>Gets the fee tiers.</summary>
    public IReadOnlyList<FeeTier> Fees { get; }

    /// <summary>Gets the URL of the registration form, or null.</summary>
    public Uri? Url { get; }
}
