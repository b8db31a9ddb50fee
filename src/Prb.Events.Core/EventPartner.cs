using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>An organisation or library that takes part in an event in a given role.</summary>
public sealed class EventPartner
{
    /// <summary>Initializes a partner entry.</summary>
    /// <param name="organizationId">The organisation or library.</param>
    /// <param name="role">Its role.</param>
    /// <param name="description">The role in the event's own words, such as "Partner wspierający SBP"; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public EventPartner(OrganizationId organizationId, PartnerRole role, string? description = null)
    {
        Preconditions.CheckDefined(role, nameof(role));
        OrganizationId = organizationId;
        Role = role;
        Description = Preconditions.CheckOptionalText(description, nameof(description));
    }

    /// <summary>Gets the organisation or library.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Gets the role.</summary>
    public PartnerRole Role { get; }

    /// <summary>Gets the role in the event's own words, or null.</summary>
    public string? Description { get; }
}
