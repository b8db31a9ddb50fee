using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Prb.Events;

/// <summary>
/// The rules for the URLs of an event (its web page, an online venue, a library's site) and for writing them out:
/// the model takes absolute URLs only, and every format writes them as the same ASCII text — host names in IDNA
/// (punycode) form, every other character outside the RFC 3986 set percent-encoded as UTF-8 — so that no control
/// character, space, quote or line break can reach the output, and iCalendar and the conference schedules agree.
/// </summary>
public static class WebAddress
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    /// <summary>Determines whether a URL is one the model takes: an absolute URL.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>True when <paramref name="url"/> is not null and absolute.</returns>
    public static bool IsAbsolute([NotNullWhen(true)] Uri? url) => url is { IsAbsoluteUri: true };

    /// <summary>Determines whether a URL is a web page: an absolute <c>http</c> or <c>https</c> URL.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>True for an absolute URL with the scheme <c>http</c> or <c>https</c>.</returns>
    public static bool IsHttp([NotNullWhen(true)] Uri? url) =>
        IsAbsolute(url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Gets the ASCII text of an absolute URL, such as
    /// <c>https://xn--za-6ja4f8n1l.example/%C5%9Bcie%C5%BCka</c> for <c>https://zażółć.example/ścieżka</c>.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The text, which holds only the characters RFC 3986 allows in a URI and gives the same text again
    /// when read back as a URL; null for a null or relative URL, or one whose host IDNA refuses (<see cref="Uri"/>
    /// accepts a host such as <c>exa\uFFFDple.org</c>, then throws when asked for its ASCII form): such a URL leads
    /// nowhere, and a format leaves it out.</returns>
    public static string? ToAscii(Uri? url)
    {
        if (!IsAbsolute(url))
        {
            return null;
        }

        try
        {
            // A text that does not read back as a URL (a host that is not a DNS name, such as "-ź", percent-encoded)
            // leads nowhere.
            return AsciiHost(url) is { } text && PercentEncode(text) is var ascii && Uri.TryCreate(ascii, UriKind.Absolute, out _)
                ? ascii
                : null;
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>Gets the <c>mailto:</c> URI of an e-mail address in ASCII, such as
    /// <c>mailto:kto%C5%9B@xn--w-uga1v8h.pl</c> for <c>ktoś@żółw.pl</c>.</summary>
    /// <param name="email">The e-mail address.</param>
    /// <returns>The URI; null when <paramref name="email"/> is not a plain valid e-mail address
    /// (<see cref="ContactRules.IsValidEmail"/>) or its domain has no IDNA form.</returns>
    public static string? ToMailto(string? email)
    {
        if (!ContactRules.IsValidEmail(email))
        {
            return null;
        }

        var at = email.LastIndexOf('@');
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

    /// <summary>The URL with its host in IDNA form and its other parts escaped as <see cref="Uri"/> escapes them, or
    /// null when the IDNA form is not a host name (IDNA maps a no-break space to a space, for one).</summary>
    private static string? AsciiHost(Uri url)
    {
        if (url.HostNameType != UriHostNameType.Dns || string.IsNullOrEmpty(url.Host) || Ascii.IsValid(url.Host))
        {
            return url.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped);
        }

        // The scheme with its own delimiter: "https://", but "mailto:".
        var builder = new StringBuilder(url.GetComponents(UriComponents.Scheme | UriComponents.KeepDelimiter, UriFormat.UriEscaped));
        var userInfo = url.GetComponents(UriComponents.UserInfo, UriFormat.UriEscaped);
        if (userInfo.Length > 0)
        {
            builder.Append(userInfo).Append('@');
        }

        builder.Append(url.IdnHost);
        if (!url.IsDefaultPort)
        {
            builder.Append(':').Append(url.Port.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(url.GetComponents(UriComponents.PathAndQuery | UriComponents.Fragment, UriFormat.UriEscaped));

        // Read back, so that the text is a URL at all, and in the form it takes when read again (a host such as
        // "9\u200B" becomes "9", which reads as the address 0.0.0.9).
        return Uri.TryCreate(builder.ToString(), UriKind.Absolute, out var ascii)
            ? ascii.GetComponents(UriComponents.AbsoluteUri, UriFormat.UriEscaped)
            : null;
    }

    /// <summary>Percent-encodes, as UTF-8, every character that RFC 3986 does not allow in a URI, and every
    /// <c>%</c> that does not start an escape.</summary>
    private static string PercentEncode(string text)
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
