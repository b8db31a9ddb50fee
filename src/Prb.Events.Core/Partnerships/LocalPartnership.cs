using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A local partnership or coalition ("Gminna Koalicja na Rzecz Biblioteki"): a library and its partners in one municipality.</summary>
public sealed class LocalPartnership
{
    /// <summary>Initializes a partnership.</summary>
    /// <param name="id">The id within the document.</param>
    /// <param name="name">Its name.</param>
    /// <param name="libraryId">The library at its centre.</param>
    /// <param name="municipality">The municipality it serves.</param>
    /// <param name="members">The partners.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="members"/> holds null.</exception>
    public LocalPartnership(PartnershipId id, string name, OrganizationId libraryId, Municipality municipality, IEnumerable<PartnershipMember>? members = null)
    {
        Id = id;
        Name = Preconditions.CheckText(name, nameof(name));
        LibraryId = libraryId;
        Municipality = Preconditions.CheckNotNull(municipality);
        Members = Preconditions.CheckElements(members, nameof(members));
    }

    /// <summary>Gets the id within the document.</summary>
    public PartnershipId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the library at its centre.</summary>
    public OrganizationId LibraryId { get; }

    /// <summary>Gets the municipality it serves.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the partners.</summary>
    public IReadOnlyList<PartnershipMember> Members { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
