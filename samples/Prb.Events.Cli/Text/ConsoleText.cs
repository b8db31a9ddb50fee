using System.Globalization;
using System.Text;

namespace Prb.Events.Cli.Text;

/// <summary>Makes text from documents, file names and exceptions safe to print as part of one line.</summary>
/// <remarks>Line breaks, tabs and other control characters (C0, DEL, C1), the Unicode line and paragraph separators,
/// the bidirectional controls and lone surrogates are written as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>,
/// <c>\u001B</c>), so that a title holding a newline cannot forge a line of output and a file name holding an escape
/// sequence cannot drive the terminal. Other text, Polish letters and emoji included, is kept as it is.</remarks>
internal static class ConsoleText
{
    /// <summary>Returns <paramref name="text"/> with every character that could break or disguise a line escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (!IsUnsafe(c))
            {
                escaped.Append(c);
            }
            else
            {
                _ = c switch
                {
                    '\n' => escaped.Append("\\n"),
                    '\r' => escaped.Append("\\r"),
                    '\t' => escaped.Append("\\t"),
                    _ => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                };
            }
        }

        return escaped.ToString();
    }

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsUnsafe(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Control characters, line and paragraph separators, bidirectional marks, embeddings, overrides and
    /// isolates, and surrogates (a paired one never reaches here).</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
