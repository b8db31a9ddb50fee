using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A programme that supports libraries, such as Program Rozwoju Bibliotek (the Library Development Programme).</summary>
public sealed class Programme
{
    /// <summary>Initializes a programme.</summary>
    /// <param name="id">The id within the document.</param>
    /// <param name="name">The name.</param>
    /// <param name="operatorId">The organisation that runs it.</param>
    /// <param name="shortName">The abbreviation, such as "PRB"; optional.</param>
    /// <param name="goals">What it sets out to do.</param>
    /// <param name="regions">The participating libraries by region.</param>
    /// <param name="url">The absolute URL of its website; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null, a goal holds characters text may not hold, or <paramref name="url"/> is not absolute.</exception>
    public Programme(ProgrammeId id, string name, OrganizationId operatorId, string? shortName = null,
        IEnumerable<string>? goals = null, IEnumerable<ProgrammeRegion>? regions = null, Uri? url = null)
    {
        Id = id;
        Name = Preconditions.CheckText(name, nameof(name));
        OperatorId = operatorId;
        ShortName = Preconditions.CheckOptionalText(shortName, nameof(shortName));
        Goals = Preconditions.CheckElements(goals, nameof(goals));
        foreach (var goal in Goals)
        {
            Preconditions.CheckText(goal, nameof(goals));
        }

        Regions = Preconditions.CheckElements(regions, nameof(regions));
        Url = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
    }

    /// <summary>Gets the id within the document.</summary>
    public ProgrammeId Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the organisation that runs it.</summary>
    public OrganizationId OperatorId { get; }

    /// <summary>Gets the abbreviation, or null.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the goals.</summary>
    public IReadOnlyList<string> Goals { get; }

    /// <summary>Gets the participating libraries by region.</summary>
    public IReadOnlyList<ProgrammeRegion> Regions { get; }

    /// <summary>Gets the website, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
