using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>An organisation other than a library: a foundation, an association, a university, a sponsor.</summary>
/// <remarks>Libraries are modelled by <see cref="Library"/>; both share the <see cref="OrganizationId"/> space of a document.</remarks>
public sealed class Organization
{
    /// <summary>Initializes an organisation.</summary>
    /// <param name="id">The id within the document.</param>
    /// <param name="name">The official name.</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="shortName">The common abbreviation, such as "FRSI"; optional.</param>
    /// <param name="url">The absolute URL of its website; optional.</param>
    /// <param name="address">Its seat; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public Organization(OrganizationId id, string name, OrganizationKind kind, string? shortName = null, Uri? url = null, PostalAddress? address = null)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Id = id;
        Name = Preconditions.CheckText(name, nameof(name));
        Kind = kind;
        ShortName = Preconditions.CheckOptionalText(shortName, nameof(shortName));
        Url = Preconditions.CheckOptionalAbsoluteUri(url, nameof(url));
        Address = address;
    }

    /// <summary>Gets the id within the document.</summary>
    public OrganizationId Id { get; }

    /// <summary>Gets the official name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of body.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>Gets the abbreviation, or null.</summary>
    public string? ShortName { get; }

    /// <summary>Gets the website, or null.</summary>
    public Uri? Url { get; }

    /// <summary>Gets the seat, or null.</summary>
    public PostalAddress? Address { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
