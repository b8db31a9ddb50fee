using System.Globalization;
using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// Writes RFC 5545 content lines as UTF-8 octets: CRLF line ends, lines folded before they pass 75 octets and never
/// inside a UTF-8 sequence (surrogate pairs are written as one 4-octet character), TEXT escaping, RFC 6868 parameter
/// values, and no control characters anywhere (they become U+FFFD, except tab, and line breaks where the value type
/// has an escape for them).
/// </summary>
/// <remarks>Not thread-safe: one writer per export call.</remarks>
internal sealed class ContentLineWriter
{
    /// <summary>The most octets a physical line may hold, CRLF not counted (RFC 5545 section 3.1).</summary>
    internal const int MaxLineOctets = 75;

    private const int ReplacementCharacter = 0xFFFD;

    private readonly PooledByteBuffer _output;
    private int _lineOctets;

    internal ContentLineWriter(PooledByteBuffer output) => _output = output;

    /// <summary>Starts a content line with its name (an ASCII token).</summary>
    internal void Begin(string name)
    {
        Ascii(name);
    }

    /// <summary>Ends the content line.</summary>
    internal void End()
    {
        _output.WriteByte((byte)'\r');
        _output.WriteByte((byte)'\n');
        _lineOctets = 0;
    }

    /// <summary>Writes <c>NAME:value</c> for a value that is ASCII and needs no escaping.</summary>
    internal void AsciiLine(string name, string value)
    {
        Ascii(name);
        Put((byte)':');
        Ascii(value);
        End();
    }

    /// <summary>Writes <c>NAME:text</c> with TEXT escaping.</summary>
    internal void TextLine(string name, string text)
    {
        Ascii(name);
        Put((byte)':');
        Text(text);
        End();
    }

    /// <summary>Writes <c>;NAME=value</c>, quoting and RFC 6868-encoding the value as needed.</summary>
    internal void Parameter(string name, string value)
    {
        Put((byte)';');
        Ascii(name);
        Put((byte)'=');
        ParameterValue(value);
    }

    /// <summary>Writes the colon between a line's name and parameters and its value.</summary>
    internal void ValueStart() => Put((byte)':');

    /// <summary>Writes ASCII characters that need no escaping, folding as needed.</summary>
    internal void Ascii(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Put((byte)c);
        }
    }

    /// <summary>Writes one ASCII character.</summary>
    internal void Ascii(char c) => Put((byte)c);

    /// <summary>Writes a value of type TEXT: backslash, semicolon, comma and line breaks escaped.</summary>
    internal void Text(ReadOnlySpan<char> text) => Escaped(text, parameter: false);

    /// <summary>Writes a parameter value: quoted when it holds <c>; : ,</c>, with <c>^ " </c> and line breaks
    /// encoded as RFC 6868 says and other control characters replaced.</summary>
    internal void ParameterValue(ReadOnlySpan<char> value)
    {
        var quote = value.IndexOfAny(";:,") >= 0;
        if (quote)
        {
            Put((byte)'"');
        }

        Escaped(value, parameter: true);
        if (quote)
        {
            Put((byte)'"');
        }
    }

    /// <summary>Writes a local DATE-TIME value such as <c>20111109T100000</c> (seconds; finer digits are dropped).</summary>
    internal void LocalDateTime(LocalDateTime value)
    {
        Date(value.Date);
        Put((byte)'T');
        Digits(value.Hour, 2);
        Digits(value.Minute, 2);
        Digits(value.Second, 2);
    }

    /// <summary>Writes a DATE value such as <c>20111109</c>.</summary>
    internal void Date(LocalDate value)
    {
        Digits(value.Year, 4);
        Digits(value.Month, 2);
        Digits(value.Day, 2);
    }

    /// <summary>Writes a UTC DATE-TIME value such as <c>20111109T090000Z</c>.</summary>
    internal void UtcDateTime(Instant value)
    {
        LocalDateTime(value.InUtc().LocalDateTime);
        Put((byte)'Z');
    }

    /// <summary>Writes a UTC-OFFSET value such as <c>+0100</c> (with seconds when it has them).</summary>
    internal void UtcOffset(Offset offset)
    {
        var seconds = offset.Seconds;
        Put(seconds < 0 ? (byte)'-' : (byte)'+');
        seconds = Math.Abs(seconds);
        Digits(seconds / 3600, 2);
        Digits(seconds / 60 % 60, 2);
        if (seconds % 60 != 0)
        {
            Digits(seconds % 60, 2);
        }
    }

    /// <summary>Writes a DURATION value such as <c>PT15M</c> or <c>-P1DT2H</c>, in whole seconds.</summary>
    internal void DurationValue(Duration duration)
    {
        var total = (long)Math.Round(duration.TotalSeconds, MidpointRounding.ToZero);
        if (total < 0)
        {
            Put((byte)'-');
            total = -total;
        }

        Put((byte)'P');
        var days = total / 86400;
        var hours = total / 3600 % 24;
        var minutes = total / 60 % 60;
        var seconds = total % 60;
        if (days > 0)
        {
            Ascii(days.ToString(CultureInfo.InvariantCulture));
            Put((byte)'D');
        }

        if (hours > 0 || minutes > 0 || seconds > 0 || days == 0)
        {
            Put((byte)'T');
            if (hours > 0)
            {
                Ascii(hours.ToString(CultureInfo.InvariantCulture));
                Put((byte)'H');
            }

            if (minutes > 0)
            {
                Ascii(minutes.ToString(CultureInfo.InvariantCulture));
                Put((byte)'M');
            }

            if (seconds > 0 || (hours == 0 && minutes == 0))
            {
                Ascii(seconds.ToString(CultureInfo.InvariantCulture));
                Put((byte)'S');
            }
        }
    }

    /// <summary>Writes a non-negative INTEGER.</summary>
    internal void Integer(int value)
    {
        if (value is >= 0 and < 10)
        {
            Put((byte)('0' + value));
            return;
        }

        Ascii(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Writes a FLOAT without an exponent, with the fewest digits that read back as the same double.</summary>
    internal void Float(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var exponent = text.IndexOf('E', StringComparison.Ordinal);
        Ascii(exponent < 0 ? text : WithoutExponent(text, exponent));
    }

    /// <summary>Moves the point of <c>d.dddE-05</c> or <c>d.dddE+20</c> by the exponent, keeping every digit (a
    /// conversion to decimal would keep only 15 of them). "R" writes an exponent only below 1E-04 and from 1E+17, so
    /// the digits never reach past the point.</summary>
    private static string WithoutExponent(string text, int exponentAt)
    {
        var sign = text[0] == '-' ? "-" : string.Empty;
        var digits = text[sign.Length..exponentAt].Replace(".", string.Empty, StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return exponent < 0
            ? sign + "0." + new string('0', -exponent - 1) + digits
            : sign + digits.PadRight(exponent + 1, '0');
    }

    /// <summary>Writes text with its escapes: TEXT (RFC 5545 3.3.11: <c>\\ \; \, \n</c>) or a parameter value
    /// (RFC 6868: <c>^^ ^' ^n</c>). A line break (CR, LF or CRLF) becomes one escaped n; other control characters are replaced.</summary>
    private void Escaped(ReadOnlySpan<char> text, bool parameter)
    {
        var escape = parameter ? '^' : '\\';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                i = NonAscii(text, i);
                continue;
            }

            if (c is '\r' or '\n')
            {
                Pair(escape, 'n');
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            var escaped = parameter
                ? c switch { '^' => '^', '"' => '\'', _ => '\0' }
                : c is '\\' or ';' or ',' ? c : '\0';
            if (escaped != '\0')
            {
                Pair(escape, escaped);
            }
            else if (IsControl(c))
            {
                Scalar(ReplacementCharacter);
            }
            else
            {
                Put((byte)c);
            }
        }
    }

    private static bool IsControl(char c) => (c < 0x20 && c != '\t') || c == 0x7F;

    private int NonAscii(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Scalar(char.ConvertToUtf32(c, text[i + 1]));
                return i + 1;
            }

            Scalar(ReplacementCharacter);
        }
        else if (char.IsLowSurrogate(c))
        {
            Scalar(ReplacementCharacter);
        }
        else
        {
            Scalar(c);
        }

        return i;
    }

    private void Digits(int value, int width)
    {
        var span = _output.GetSpan(width + 3);
        var at = 0;
        if (_lineOctets + width > MaxLineOctets)
        {
            span[0] = (byte)'\r';
            span[1] = (byte)'\n';
            span[2] = (byte)' ';
            at = 3;
            _lineOctets = 1;
        }

        for (var i = width - 1; i >= 0; i--)
        {
            span[at + i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        _output.Advance(at + width);
        _lineOctets += width;
    }

    private void Pair(char first, char second)
    {
        Fold(2);
        _output.WriteByte((byte)first);
        _output.WriteByte((byte)second);
        _lineOctets += 2;
    }

    private void Put(byte value)
    {
        if (_lineOctets >= MaxLineOctets)
        {
            FoldNow();
        }

        _output.WriteByte(value);
        _lineOctets++;
    }

    private void Scalar(int codePoint)
    {
        var span = _output.GetSpan(7);
        var at = 0;
        var length = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (_lineOctets + length > MaxLineOctets)
        {
            span[0] = (byte)'\r';
            span[1] = (byte)'\n';
            span[2] = (byte)' ';
            at = 3;
            _lineOctets = 1;
        }

        switch (length)
        {
            case 2:
                span[at] = (byte)(0xC0 | (codePoint >> 6));
                span[at + 1] = (byte)(0x80 | (codePoint & 0x3F));
                break;
            case 3:
                span[at] = (byte)(0xE0 | (codePoint >> 12));
                span[at + 1] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                span[at + 2] = (byte)(0x80 | (codePoint & 0x3F));
                break;
            default:
                span[at] = (byte)(0xF0 | (codePoint >> 18));
                span[at + 1] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                span[at + 2] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                span[at + 3] = (byte)(0x80 | (codePoint & 0x3F));
                break;
        }

        _output.Advance(at + length);
        _lineOctets += length;
    }

    private void Fold(int octets)
    {
        if (_lineOctets + octets > MaxLineOctets)
        {
            FoldNow();
        }
    }

    private void FoldNow()
    {
        _output.WriteByte((byte)'\r');
        _output.WriteByte((byte)'\n');
        _output.WriteByte((byte)' ');
        _lineOctets = 1;
    }
}
