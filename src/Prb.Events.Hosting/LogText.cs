using System.Globalization;
using System.Text;

namespace Prb.Events.Hosting;

/// <summary>Makes text from files and documents safe for one log line: line breaks, other control characters and
/// bidirectional overrides become visible escapes (<c>\n</c>, <c>\u001B</c>, <c>\u202E</c>), so a title or a file name
/// cannot forge a log line or show it reordered. For every
/// catalogue that logs what its documents hold.</summary>
public static class LogText
{
    /// <summary>Escapes line breaks and other control characters; other text is returned as it is.</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>The text on one line; empty for null.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsUnsafe))
        {
            return text ?? string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when IsUnsafe(c) => result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    /// <summary>A control character (U+0000–U+001F, U+007F–U+009F, NEL among them), a Unicode line or paragraph
    /// separator, or a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which could show a
    /// log line in another order than it was written. Right-to-left letters themselves are kept.</summary>
    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
