using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>The libraries of one voivodeship that take part in a programme.</summary>
public sealed class ProgrammeRegion
{
    /// <summary>Initializes a region's participation.</summary>
    /// <param name="voivodeship">The voivodeship.</param>
    /// <param name="libraryCount">How many libraries take part, when known; positive.</param>
    /// <param name="countIsApproximate">Whether the count is approximate ("blisko 300").</param>
    /// <param name="countIncludesBranches">Whether the count includes branches ("wraz z filiami").</param>
    /// <param name="libraryIds">The participating libraries named in the document.</param>
    /// <exception cref="ArgumentOutOfRangeException">The voivodeship is undefined or the count is not positive.</exception>
    public ProgrammeRegion(Voivodeship voivodeship, int? libraryCount = null, bool countIsApproximate = false,
        bool countIncludesBranches = false, IEnumerable<OrganizationId>? libraryIds = null)
    {
        Preconditions.CheckDefined(voivodeship, nameof(voivodeship));
        Preconditions.CheckArgumentRange(libraryCount is null or > 0, nameof(libraryCount), libraryCount, "A library count must be positive.");
        Voivodeship = voivodeship;
        LibraryCount = libraryCount;
        CountIsApproximate = countIsApproximate;
        CountIncludesBranches = countIncludesBranches;
        LibraryIds = Preconditions.CheckElements(libraryIds, nameof(libraryIds));
    }

    /// <summary>Gets the voivodeship.</summary>
    public Voivodeship Voivodeship { get; }

    /// <summary>Gets how many libraries take part, or null.</summary>
    public int? LibraryCount { get; }

    /// <summary>Gets whether the count is approximate.</summary>
    public bool CountIsApproximate { get; }

    /// <summary>Gets whether the count includes branches.</summary>
    public bool CountIncludesBranches { get; }

    /// <summary>Gets the participating libraries named in the document.</summary>
    public IReadOnlyList<OrganizationId> LibraryIds { get; }
}
