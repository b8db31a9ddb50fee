using System.Text;

namespace Prb.Events.Ical.Internal;

/// <summary>Decodes quoted-printable values (RFC 2045 section 6.7), as vCalendar 1.0 writes them with
/// <c>ENCODING=QUOTED-PRINTABLE</c>: <c>=XX</c> is an octet, <c>=</c> at a line's end a soft break.</summary>
internal static class QuotedPrintable
{
    /// <summary>Decodes a value to text in <paramref name="charset"/>; false (and an empty text) when an escape is not two
    /// hex digits or the octets are not text in that character set.</summary>
    internal static bool TryDecode(ReadOnlySpan<char> value, Encoding charset, out string text)
    {
        text = string.Empty;
        var octets = new List<byte>(value.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '=')
            {
                if (i == value.Length - 1)
                {
                    break;
                }

                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                {
                    return false;
                }

                octets.Add((byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2])));
                i += 2;
            }
            else if (c > 0x7F)
            {
                // Already text (a producer that did not encode everything): kept as its UTF-8 octets.
                var length = Encoding.UTF8.GetBytes(value.Slice(i, char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1), buffer);
                octets.AddRange(buffer[..length]);
                i += char.IsHighSurrogate(c) && i + 1 < value.Length ? 1 : 0;
            }
            else
            {
                octets.Add((byte)c);
            }
        }

        try
        {
            var strict = Encoding.GetEncoding(charset.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            text = strict.GetString([.. octets]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToUpperInvariant(c) - 'A') + 10;
}
