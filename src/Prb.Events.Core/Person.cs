using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A person named in an event document: a speaker, a contact, a laureate or a partner.</summary>
public sealed class Person
{
    /// <summary>Initializes a person.</summary>
    /// <param name="id">The person's id within the document.</param>
    /// <param name="name">The full name, such as "Bogusław Bednarek".</param>
    /// <param name="honorific">An academic or other title written before the name, such as "dr"; optional.</param>
    /// <param name="jobTitle">The position held, such as "dyrektor"; optional.</param>
    /// <param name="affiliationId">The organisation or library the person represents, or null.</param>
    /// <param name="affiliation">The affiliation as free text when it is not in the document, such as "Uniwersytet Wrocławski"; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Person(PersonId id, string name, string? honorific = null, string? jobTitle = null,
        OrganizationId? affiliationId = null, string? affiliation = null)
    {
        Id = id;
        Name = Preconditions.CheckText(name, nameof(name));
        Honorific = Preconditions.CheckOptionalText(honorific, nameof(honorific));
        JobTitle = Preconditions.CheckOptionalText(jobTitle, nameof(jobTitle));
        AffiliationId = affiliationId;
        Affiliation = Preconditions.CheckOptionalText(affiliation, nameof(affiliation));
    }

    /// <summary>Gets the person's id within the document.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; }

    /// <summary>Gets the title written before the name, or null.</summary>
    public string? Honorific { get; }

    /// <summary>Gets the position held, or null.</summary>
    public string? JobTitle { get; }

    /// <summary>Gets the id of the organisation or library the person represents, or null.</summary>
    public OrganizationId? AffiliationId { get; }

    /// <summary>Gets the affiliation as free text, or null.</summary>
    public string? Affiliation { get; }

    /// <summary>Gets the name with its honorific, such as "dr Bogusław Bednarek".</summary>
    public string DisplayName => string.IsNullOrEmpty(Honorific) ? Name : $"{Honorific} {Name}";

    /// <summary>Returns <see cref="DisplayName"/>.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => DisplayName;
}
