using System.Globalization;

namespace Prb.Events;

/// <summary>
/// The rule for the text an event document holds (titles, names, descriptions, rooms, tags): any Unicode scalar
/// values except the C0 controls other than tab, line feed and carriage return, DEL (U+007F) and the non-characters
/// U+FFFE and U+FFFF. A lone surrogate is not text. Such text can be carried unchanged by XML 1.0, iCalendar and JSON.
/// </summary>
/// <remarks>The model's constructors reject text that breaks the rule; an importer can use
/// <see cref="ReplaceInvalid"/> to keep what it can.</remarks>
public static class EventText
{
    /// <summary>Determines whether text keeps the rule.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when every character is allowed.</returns>
    public static bool IsValid(ReadOnlySpan<char> text) => IndexOfInvalid(text) < 0;

    /// <summary>Finds the first UTF-16 code unit that breaks the rule.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index of the first code unit that is not allowed, or -1 when there is none.</returns>
    public static int IndexOfInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (char.IsLowSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' or '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Replaces every UTF-16 code unit that breaks the rule with U+FFFD (the replacement character), one for
    /// one, so that the result keeps the rule and has the same length.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with its invalid code units replaced; <paramref name="text"/> itself when it keeps the rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ReplaceInvalid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfInvalid(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan().CopyTo(span);
            span[start] = '\uFFFD';
            var i = start + 1;
            while (i < span.Length)
            {
                var next = IndexOfInvalid(span[i..]);
                if (next < 0)
                {
                    break;
                }

                span[i + next] = '\uFFFD';
                i += next + 1;
            }
        });
    }

    /// <summary>Says which character breaks the rule and where, for an exception message.</summary>
    internal static string Describe(string text, int index) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Text must not contain U+{(int)text[index]:X4} (at character {index}): control characters other than tab and line breaks (DEL included), lone surrogates and non-characters cannot be carried by every output format.");
}
