using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>An entry ("wniosek") in a contest: a library's project, with the partnership behind it and what it won.</summary>
public sealed class ContestEntry
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="id">The id within the contest.</param>
    /// <param name="libraryId">The library that entered.</param>
    /// <param name="projectTitle">The title of the project, such as "Pejzaże znad Skoryni".</param>
    /// <param name="partnershipId">The local partnership behind it; optional.</param>
    /// <param name="result">What it won; null for an entry without an award.</param>
    /// <param name="receivedById">Who received the award; optional.</param>
    /// <param name="description">A description of the project; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="projectTitle"/> is null.</exception>
    public ContestEntry(ContestEntryId id, OrganizationId libraryId, string projectTitle, PartnershipId? partnershipId = null,
        ContestResult? result = null, PersonId? receivedById = null, string? description = null)
    {
        Id = id;
        LibraryId = libraryId;
        ProjectTitle = Preconditions.CheckText(projectTitle, nameof(projectTitle));
        PartnershipId = partnershipId;
        Result = result;
        ReceivedById = receivedById;
        Description = Preconditions.CheckOptionalText(description, nameof(description));
    }

    /// <summary>Gets the id within the contest.</summary>
    public ContestEntryId Id { get; }

    /// <summary>Gets the library that entered.</summary>
    public OrganizationId LibraryId { get; }

    /// <summary>Gets the project title.</summary>
    public string ProjectTitle { get; }

    /// <summary>Gets the partnership behind the entry, or null.</summary>
    public PartnershipId? PartnershipId { get; }

    /// <summary>Gets what the entry won, or null.</summary>
    public ContestResult? Result { get; }

    /// <summary>Gets who received the award, or null.</summary>
    public PersonId? ReceivedById { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }
}
