using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Prb.Events.Samples.Web.Site;

/// <summary>
/// The HTML encoder of the pages: letters of every script stay as they are; markup characters, quotes and what HTML
/// cannot hold are encoded — except C1 controls (U+0080 to U+009F), which event text may hold. Any encoder writes them
/// as references such as <c>&amp;#x85;</c>, and HTML reads references 0x80 to 0x9F as windows-1252 characters
/// (<c>&amp;#x85;</c> is "…", <c>&amp;#x80;</c> "€"); written as themselves they stay themselves and cannot open or close anything.
/// Characters beyond the Basic Multilingual Plane (emoji, historic scripts) are written as themselves too, as the
/// built-in encoder would not: a page holds the text byte for byte. Lone surrogates and noncharacters are still encoded.
/// </summary>
internal sealed class SiteHtmlEncoder : HtmlEncoder
{
    private static readonly HtmlEncoder Inner = Create(UnicodeRanges.All);

    public static SiteHtmlEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Inner.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) => !IsC1(unicodeScalar) && !IsSupplementary(unicodeScalar) && Inner.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (IsC1(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsSupplementary(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c) || Inner.WillEncode(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (IsC1(unicodeScalar) || IsSupplementary(unicodeScalar))
        {
            var length = unicodeScalar > 0xFFFF ? 2 : 1;
            if (bufferLength < length)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            if (length == 2)
            {
                var pair = char.ConvertFromUtf32(unicodeScalar);
                buffer[0] = pair[0];
                buffer[1] = pair[1];
            }
            else
            {
                buffer[0] = (char)unicodeScalar;
            }

            numberOfCharactersWritten = length;
            return true;
        }

        return Inner.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
    }

    private static bool IsC1(int scalar) => scalar is >= 0x80 and <= 0x9F;

    /// <summary>A scalar beyond U+FFFF that is not a noncharacter (U+xFFFE, U+xFFFF).</summary>
    private static bool IsSupplementary(int scalar) => scalar is > 0xFFFF and <= 0x10FFFF && (scalar & 0xFFFE) != 0xFFFE;
}
