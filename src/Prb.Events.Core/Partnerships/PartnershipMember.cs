using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A partner in a local partnership: an organisation or a person, with its sector.</summary>
public sealed class PartnershipMember
{
    /// <summary>Initializes a member.</summary>
    /// <param name="name">The partner's name as the partnership gives it.</param>
    /// <param name="sector">The sector it comes from.</param>
    /// <param name="personId">The person in the document, for an individual; optional.</param>
    /// <param name="organizationId">The organisation in the document; optional.</param>
    /// <param name="contribution">What the partner does in the partnership; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sector"/> is undefined.</exception>
    /// <exception cref="ArgumentException">Both a person and an organisation are given.</exception>
    public PartnershipMember(string name, PartnerSector sector, PersonId? personId = null, OrganizationId? organizationId = null, string? contribution = null)
    {
        Preconditions.CheckDefined(sector, nameof(sector));
        Preconditions.CheckArgument(!(personId.HasValue && organizationId.HasValue), nameof(organizationId),
            "A partnership member is either a person or an organisation, not both.");
        Name = Preconditions.CheckText(name, nameof(name));
        Sector = sector;
        PersonId = personId;
        OrganizationId = organizationId;
        Contribution = Preconditions.CheckOptionalText(contribution, nameof(contribution));
    }

    /// <summary>Gets the partner's name.</summary>
    public string Name { get; }

    /// <summary>Gets the sector.</summary>
    public PartnerSector Sector { get; }

    /// <summary>Gets the person, or null.</summary>
    public PersonId? PersonId { get; }

    /// <summary>Gets the organisation, or null.</summary>
    public OrganizationId? OrganizationId { get; }

    /// <summary>Gets what the partner does in the partnership, or null.</summary>
    public string? Contribution { get; }
}
