using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A contest whose entries and awards an event presents, such as "Dobre praktyki w bibliotece".</summary>
public sealed class Contest
{
    /// <summary>Initializes a contest.</summary>
    /// <param name="id">The id within the document.</param>
    /// <param name="name">The name.</param>
    /// <param name="organizerId">The organisation that runs it.</param>
    /// <param name="edition">The edition, such as "2011"; optional.</param>
    /// <param name="programmeId">The programme it belongs to; optional.</param>
    /// <param name="entries">The entries.</param>
    /// <param name="presentation">Where the awards are presented; optional.</param>
    /// <param name="description">A description; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entries"/> holds null.</exception>
    public Contest(ContestId id, string name, OrganizationId organizerId, string? edition = null, ProgrammeId? programmeId = null,
        IEnumerable<ContestEntry>? entries = null, AwardPresentation? presentation = null, string? description = null)
    {
        Id = id;
        Name = Preconditions.CheckText(name, nameof(name));
        OrganizerId = organizerId;
        Edition = Preconditions.CheckOptionalText(edition, nameof(edition));
        ProgrammeId = programmeId;
        Entries = Preconditions.CheckElements(entries, nameof(entries));
        Presentation = presentation;
        Description = Preconditions.CheckOptionalText(description, nameof(description));
    }

    /// <summary>Gets the id within the document.</summary>
    public ContestId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the organisation that runs it.</summary>
    public OrganizationId OrganizerId { get; }

    /// <summary>Gets the edition, or null.</summary>
    public string? Edition { get; }

    /// <summary>Gets the programme it belongs to, or null.</summary>
    public ProgrammeId? ProgrammeId { get; }

    /// <summary>Gets the entries.</summary>
    public IReadOnlyList<ContestEntry> Entries { get; }

    /// <summary>Gets where the awards are presented, or null.</summary>
    public AwardPresentation? Presentation { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the entries that won a place or a distinction, best place first.</summary>
    public IEnumerable<ContestEntry> Laureates =>
        Entries.Where(e => e.Result is not null).OrderBy(e => e.Result!.Place ?? int.MaxValue);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
