using System.Text.Encodings.Web;

namespace Prb.Events.Export;

/// <summary>
/// Escapes only what JSON requires — the quotation mark, the reverse solidus and control characters — so that text in
/// any script, emoji included, is written as itself. The documents are data files, never inlined into HTML; pages
/// that embed them must encode for their own context. The one JSON encoder of the document format and of every export
/// format that writes JSON.
/// </summary>
public sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    /// <summary>Gets the shared instance.</summary>
    public static MinimalJsonEncoder Instance { get; } = new();

    private MinimalJsonEncoder()
    {
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6;

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < ' ' || c is '"' or '\\')
            {
                return i;
            }

            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        var output = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            var rune = new System.Text.Rune(unicodeScalar);
            var ok = rune.TryEncodeToUtf16(output, out numberOfCharactersWritten);
            return ok;
        }

        ReadOnlySpan<char> escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => $"\\u{unicodeScalar:X4}",
        };
        if (escape.Length > output.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        escape.CopyTo(output);
        numberOfCharactersWritten = escape.Length;
        return true;
    }

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => unicodeScalar < ' ' || unicodeScalar is '"' or '\\';
}
