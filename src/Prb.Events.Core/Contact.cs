using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>A person to contact about an event, with the phone number and e-mail address to use.</summary>
/// <remarks>The phone number and e-mail address are kept as written; <see cref="EventValidator"/> reports invalid ones.</remarks>
public sealed class Contact
{
    /// <summary>Initializes a contact.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="role">Why to contact them.</param>
    /// <param name="roleTitle">The role in the event's own words, such as "koordynator regionalny"; optional.</param>
    /// <param name="phone">The phone number as written, such as "71 33 52 237"; optional.</param>
    /// <param name="email">The e-mail address; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not defined.</exception>
    public Contact(PersonId personId, ContactRole role, string? roleTitle = null, string? phone = null, string? email = null)
    {
        Preconditions.CheckDefined(role, nameof(role));
        PersonId = personId;
        Role = role;
        RoleTitle = Preconditions.CheckOptionalText(roleTitle, nameof(roleTitle));
        Phone = Preconditions.CheckOptionalText(phone, nameof(phone));
        Email = Preconditions.CheckOptionalText(email, nameof(email));
    }

    /// <summary>Gets the person.</summary>
    public PersonId PersonId { get; }

    /// <summary>Gets why to contact them.</summary>
    public ContactRole Role { get; }

    /// <summary>Gets the role in the event's own words, or null.</summary>
    public string? RoleTitle { get; }

    /// <summary>Gets the phone number as written, or null.</summary>
    public string? Phone { get; }

    /// <summary>Gets the e-mail address, or null.</summary>
    public string? Email { get; }
}
