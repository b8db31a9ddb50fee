namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.InvalidEmail"/> and <see cref="DiagnosticCodes.InvalidPhone"/>: each contact's
/// e-mail address and phone number, when given, follow <see cref="ContactRules"/>.</summary>
internal sealed class ContactRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var contacts = context.Event.Contacts;
        for (var i = 0; i < contacts.Count; i++)
        {
            var contact = contacts[i];
            if (contact.Email is { } email && !ContactRules.IsValidEmail(email))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidEmail, $"contacts[{i}].email", $"'{email}' is not a valid e-mail address."));
            }

            if (contact.Phone is { } phone && !ContactRules.IsValidPhone(phone))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidPhone, $"contacts[{i}].phone",
                    $"'{phone}' is not a phone number: use 6 to 15 digits with spaces or hyphens, and an optional leading '+'."));
            }
        }
    }
}
