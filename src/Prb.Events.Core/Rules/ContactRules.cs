using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace Prb.Events;

/// <summary>The rules for e-mail addresses and phone numbers in event documents.</summary>
/// <remarks>The validator reports a contact that breaks them (PRB1006, PRB1007); <see cref="WebAddress.ToMailto"/> writes
/// an address that keeps them as a <c>mailto:</c> URI.</remarks>
public static class ContactRules
{
    /// <summary>Determines whether text is a plain e-mail address, such as <c>bjasiak@wbp.wroc.pl</c>:
    /// no display name, no white space or control characters, a dotted domain, at most 254 characters.</summary>
    /// <param name="email">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidEmail([NotNullWhen(true)] string? email)
    {
        if (string.IsNullOrEmpty(email) || email.Length > 254)
        {
            return false;
        }

        foreach (var c in email)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '(' or ')' or ',' or ';' or '\\' or '[' or ']')
            {
                return false;
            }
        }

        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1 || email.IndexOf('@') != at)
        {
            return false;
        }

        var domain = email.AsSpan(at + 1);
        if (!domain.Contains('.') || domain[0] == '.' || domain[^1] == '.' || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
    }

    /// <summary>Determines whether text is a phone number as people write them, such as <c>71 33 52 237</c> or
    /// <c>+48 71 335 22 37</c>: digits with spaces, hyphens, dots, slashes or parentheses, an optional leading '+',
    /// and 6 to 15 digits in all (the E.164 maximum).</summary>
    /// <param name="phone">The candidate.</param>
    /// <returns>True when valid.</returns>
    public static bool IsValidPhone([NotNullWhen(true)] string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return false;
        }

        var digits = 0;
        for (var i = 0; i < phone.Length; i++)
        {
            var c = phone[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == '+' ? i != 0 : c is not (' ' or '-' or '.' or '/' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= 6 and <= 15;
    }
}
