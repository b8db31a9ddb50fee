using System.Buffers;
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
    /// <summary>The C0 controls other than tab, line feed and carriage return, and DEL.</summary>
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F");

    /// <summary>Determines whether text keeps the rule.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when every character is allowed.</returns>
    public static bool IsValid(ReadOnlySpan<char> text) => IndexOfInvalid(text) < 0;

    /// <summary>Finds the first UTF-16 code unit that breaks the rule.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index of the first code unit that is not allowed, or -1 when there is none.</returns>
    public static int IndexOfInvalid(ReadOnlySpan<char> text)
    {
        // Two vectorised searches instead of a test of every character: a forbidden control (or DEL) is wrong wherever
        // it is, and before the first one only the code units from U+D800 up (surrogates, U+FFFE, U+FFFF) need a look.
        var control = text.IndexOfAny(ForbiddenControls);
        var limit = control < 0 ? text.Length : control;
        var i = 0;
        while (i < limit)
        {
            var next = text[i..limit].IndexOfAnyInRange('\uD800', '\uFFFF');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            i++;
        }

        return control;
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
