using System.Globalization;
using System.Text;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Turns URLs and e-mail addresses into the ASCII-only URI text a content line may carry: host names in IDNA
/// (punycode) form, every other character outside the RFC 3986 set percent-encoded as UTF-8, so that no control
/// character, space, quote or line break can reach the output.
/// </summary>
internal static class UriText
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>Returns the ASCII form of an absolute URI, or null for a relative one or one whose host IDNA refuses
    /// (<see cref="Uri"/> accepts a host such as <c>exa\uFFFDple.org</c>, then throws when asked for its ASCII form).</summary>
    internal static string? ToAscii(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        try
        {
            return ToAsciiOrThrow(uri);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    private static string ToAsciiOrThrow(Uri uri)
    {

        string text;
        if (uri.HostNameType == UriHostNameType.Dns && !string.IsNullOrEmpty(uri.Host) && !Ascii.IsValid(uri.Host))
        {
            var builder = new StringBuilder();
            builder.Append(uri.Scheme).Append("://");
            var userInfo = uri.GetComponents(UriComponents.UserInfo, UriFormat.UriEscaped);
            if (userInfo.Length > 0)
            {
                builder.Append(userInfo).Append('@');
            }

            builder.Append(uri.IdnHost);
            if (!uri.IsDefaultPort)
            {
                builder.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append(uri.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped));
            text = builder.ToString();
        }
        else
        {
            text = uri.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped);
        }

        return PercentEncode(text);
    }

    /// <summary>Returns <c>mailto:</c> and the address, or null when the address is not a plain valid e-mail address.</summary>
    internal static string? ToMailto(string? email)
    {
        if (!ContactRules.IsValidEmail(email))
        {
            return null;
        }

        var at = email!.LastIndexOf('@');
        string domain;
        try
        {
            domain = Ascii.IsValid(email.AsSpan(at + 1)) ? email[(at + 1)..] : Idn.GetAscii(email[(at + 1)..]);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return PercentEncode("mailto:" + email[..at] + "@" + domain);
    }

    /// <summary>Percent-encodes, as UTF-8, every character that RFC 3986 does not allow in a URI, and every
    /// <c>%</c> that does not start an escape.</summary>
    internal static string PercentEncode(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (IsAllowed(text, i))
            {
                builder.Append(text[i]);
                continue;
            }

            int length;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                length = new Rune(text[i], text[i + 1]).EncodeToUtf8(bytes);
                i++;
            }
            else
            {
                var rune = Rune.TryCreate(text[i], out var r) ? r : Rune.ReplacementChar;
                length = rune.EncodeToUtf8(bytes);
            }

            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append(bytes[b].ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsAllowed(string text, int i)
    {
        var c = text[i];
        if (c == '%')
        {
            return i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]);
        }

        return char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/' or '?' or '#' or '[' or ']' or '@'
            or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';
    }
}
