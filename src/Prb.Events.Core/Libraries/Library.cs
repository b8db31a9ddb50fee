using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A public library: an organiser, a participant in a programme, a contest entrant or a branch of another library.</summary>
public sealed class Library
{
    /// <summary>Initializes a library.</summary>
    /// <param name="id">The id within the document, shared with organisations.</param>
    /// <param name="officialName">The official name, such as "Dolnośląska Biblioteka Publiczna im. Tadeusza Mikulskiego we Wrocławiu".</param>
    /// <param name="kind">The library's place in the network.</param>
    /// <param name="municipality">The municipality it serves.</param>
    /// <param name="shortName">A short name, such as "DBP"; optional.</param>
    /// <param name="patron">The patron in the name's own words, such as "im. Tadeusza Mikulskiego"; optional.</param>
    /// <param name="parentId">For a branch ("filia"), the library it belongs to; otherwise null.</param>
    /// <param name="address">Its address; optional.</param>
    /// <param name="url">The absolute URL of its website; optional.</param>
    /// <param name="directorId">The person who directs it; optional.</param>
    /// <exception cref="ArgumentNullException">A required value is null.</exception>
    /// <exception cref="ArgumentException">A branch has no parent, a library that is not a branch has one, a library is its own parent, or <paramref name="url"/> is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    public Library(
        OrganizationId id,
        string officialName,
        LibraryKind kind,
        Municipality municipality,
        string? shortName = null,
        string? patron = null,
        OrganizationId? parentId = null,
        PostalAddress? address = null,
        Uri? url = null,
        PersonId? directorId = null)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument((kind == LibraryKind.Branch) == parentId.HasValue, nameof(parentId),
            kind == LibraryKind.Branch ? "A branch library must name its parent library." : "Only a branch library has a parent library.");
        Preconditions.CheckArgument(parentId != id, nameof(parentId), "A library cannot be its own parent.");
        Id = id;
        OfficialName = Preconditions.CheckText(officialName, nameof(officialName));
        Kind = kind;
        Municipality = Preconditions.CheckNotNull(municipality);
        ShortName = Preconditions.CheckOptionalText(shortName, nameof(shortName));
        Patron = Preconditions.CheckOptionalText(patron, nameof(patron));
        ParentId = parentId;
        Address = address;
        Url = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
        DirectorId = directorId;
    }

    /// <summary>Gets the id within the document.</summary>
    public OrganizationId Id { get; }

    /// <summary>Gets the official name.</summary>
    public string OfficialName { get; }

    /// <summary>Gets the library's place in the network.</summary>
    public LibraryKind Kind { get; }

    /// <summary>Gets the municipality it serves.</summary>
    public Municipality Municipality { get; }

    /// <summary>Gets the voivodeship it lies in.</summary>
    public Voivodeship Voivodeship => Municipality.Voivodeship;

    /// <summary>Gets the short name, or null.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the patron, or null.</summary>
    public string? Patron { get; }

    /// <summary>Gets the parent library of a branch, or null.</summary>
    public OrganizationId? ParentId { get; }

    /// <summary>Gets the address, or null.</summary>
    public PostalAddress? Address { get; }

    /// <summary>Gets the website, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the director, or null.</summary>
    public PersonId? DirectorId { get; }

    /// <summary>Returns the official name.</summary>
    /// <returns>The official name.</returns>
    public override string ToString() => OfficialName;
}
