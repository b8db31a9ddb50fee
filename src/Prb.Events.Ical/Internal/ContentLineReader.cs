using System.Buffers;
using System.Text;

namespace Prb.Events.Ical.Internal;

/// <summary>Splits iCalendar text into logical (unfolded) content lines and parses each into name, parameters and
/// value, without copying what is not asked for: a line is a range of the input text until its value is read.</summary>
/// <remarks>Accepts CRLF and, as many producers write, bare LF or CR; a line that starts with a space or a tab continues
/// the one before. White space before a line that does not continue another (the first line of a file, or after a
/// blank line) is not part of it.</remarks>
internal static class ContentLineReader
{
    /// <summary>Returns every logical line with the 1-based number of the physical line it starts on; blank lines are
    /// skipped (for tests and tools; the importer reads lines one at a time with <see cref="Scanner"/>).</summary>
    internal static List<(int LineNumber, string Text)> Unfold(string text)
    {
        var lines = new List<(int LineNumber, string Text)>();
        var scanner = new Scanner(text);
        while (scanner.Next(out var line))
        {
            var span = text.AsSpan(line.Start, line.End - line.Start);
            lines.Add((line.LineNumber, line.Folded ? Unfolded(span) : span.ToString()));
        }

        return lines;
    }

    /// <summary>Returns a range of input text with its folds (a line break and the space or tab after it) taken out.</summary>
    internal static string Unfolded(ReadOnlySpan<char> raw)
    {
        char[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = Unfold(raw, buffer);
        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Copies a range of input text into <paramref name="destination"/> without its folds; returns the length.</summary>
    internal static int Unfold(ReadOnlySpan<char> raw, Span<char> destination)
    {
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\r' or '\n')
            {
                // Inside a logical line every line break is part of a fold: the break, then one space or tab.
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                continue;
            }

            destination[length++] = c;
        }

        return length;
    }

    /// <summary>Returns UTF-8 octets in which every fold (a line break followed by a space or a tab) that splits a
    /// character is moved after the character: the octets that continue the character (10xxxxxx) and follow the fold
    /// are put before it. Unfolding gives the same text; the lines keep their numbers.</summary>
    internal static byte[] MoveFoldsOutOfCharacters(ReadOnlySpan<byte> octets)
    {
        var result = new byte[octets.Length];
        var length = 0;
        var held = new List<byte>();
        var i = 0;
        while (i < octets.Length)
        {
            if (FoldLength(octets, i) == 0)
            {
                result[length++] = octets[i++];
                continue;
            }

            // Folds, continuation octets, folds, continuation octets...: the octets first, then all the folds.
            held.Clear();
            while (true)
            {
                var foldsStart = i;
                while (i < octets.Length && FoldLength(octets, i) is var fold and > 0)
                {
                    i += fold;
                }

                if (held.Count > 0 && (i >= octets.Length || !IsContinuation(octets[i])))
                {
                    // These folds end the run: written as they come, after the held ones.
                    i = foldsStart;
                    break;
                }

                held.AddRange(octets[foldsStart..i]);
                if (i >= octets.Length || !IsContinuation(octets[i]))
                {
                    break;
                }

                while (i < octets.Length && IsContinuation(octets[i]))
                {
                    result[length++] = octets[i++];
                }

                if (i >= octets.Length || FoldLength(octets, i) == 0)
                {
                    break;
                }
            }

            held.CopyTo(result, length);
            length += held.Count;
        }

        return result;
    }

    private static bool IsContinuation(byte octet) => (octet & 0xC0) == 0x80;

    private static int FoldLength(ReadOnlySpan<byte> octets, int at)
    {
        var breakLength = octets[at] == '\r' && at + 1 < octets.Length && octets[at + 1] == '\n' ? 2 : octets[at] == '\n' ? 1 : 0;
        return breakLength > 0 && at + breakLength < octets.Length && octets[at + breakLength] is (byte)' ' or (byte)'\t' ? breakLength + 1 : 0;
    }

    /// <summary>Parses one whole logical line (for tests and tools); returns null and the reason when it is not a content line.</summary>
    internal static ContentLine? Parse(int lineNumber, string text, out string? error) =>
        new ContentLineParser().Parse(lineNumber, text, 0, text.Length, false, out error);

    /// <summary>Decodes RFC 6868 escapes: <c>^n</c> a line break, <c>^'</c> a quote, <c>^^</c> a caret.</summary>
    internal static string DecodeParameter(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '^' && i + 1 < value.Length && value[i + 1] is 'n' or 'N' or '\'' or '^')
            {
                builder.Append(value[i + 1] switch { '\'' => '"', '^' => '^', _ => '\n' });
                i++;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Unescapes a TEXT value: <c>\\ \; \, \n \N</c>; a backslash before any other character is dropped.</summary>
    internal static string UnescapeText(string value) =>
        value.Contains('\\', StringComparison.Ordinal) ? UnescapeText(value.AsSpan(), false) : value;

    /// <summary>Unfolds (when <paramref name="folded"/>) and unescapes a TEXT value in one copy.</summary>
    internal static string UnescapeText(ReadOnlySpan<char> raw, bool folded)
    {
        if (!folded && !raw.Contains('\\'))
        {
            return new string(raw);
        }

        char[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = folded ? Unfold(raw, buffer) : Copy(raw, buffer);
        length = UnescapeInPlace(buffer[..length]);
        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Splits a TEXT list (CATEGORIES) at its unescaped commas and unescapes each part; empty parts are left out.</summary>
    internal static void SplitTextList(ReadOnlySpan<char> raw, bool folded, List<string> parts)
    {
        char[]? rented = null;
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = folded ? Unfold(raw, buffer) : Copy(raw, buffer);
        var text = buffer[..length];
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i + 1 < text.Length && text[i] == '\\')
            {
                // An escape: the next character is never a separator. A backslash at the end is kept, as UnescapeText keeps it.
                i++;
                continue;
            }

            if (i == text.Length || text[i] == ',')
            {
                var part = text[start..i];
                var partLength = UnescapeInPlace(part);
                if (partLength > 0)
                {
                    parts.Add(new string(part[..partLength]));
                }

                start = i + 1;
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Copy(ReadOnlySpan<char> raw, Span<char> destination)
    {
        raw.CopyTo(destination);
        return raw.Length;
    }

    private static int UnescapeInPlace(Span<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                text[length++] = next is 'n' or 'N' ? '\n' : next;
                i++;
            }
            else
            {
                text[length++] = text[i];
            }
        }

        return length;
    }

    /// <summary>A logical line: a range of the input, with the number of the physical line it starts on.</summary>
    internal readonly record struct LogicalLine(int LineNumber, int Start, int End, bool Folded);

    /// <summary>Finds the logical lines of a text one at a time, without copying them.</summary>
    internal struct Scanner(string text)
    {
        private int _position;
        private int _lineNumber;

        /// <summary>Moves to the next logical line; false at the end of the text.</summary>
        internal bool Next(out LogicalLine line)
        {
            while (_position < text.Length)
            {
                var physicalStart = _position;
                var physicalEnd = NextPhysical();
                var physical = text.AsSpan(physicalStart, physicalEnd - physicalStart);
                if (physical.IsWhiteSpace())
                {
                    continue;
                }

                var lineNumber = _lineNumber;
                var start = physicalStart + (physical.Length - physical.TrimStart().Length);
                var end = physicalEnd;
                var folded = false;
                while (_position < text.Length && text[_position] is ' ' or '\t')
                {
                    folded = true;
                    end = NextPhysical();
                }

                line = new LogicalLine(lineNumber, start, end, folded);
                return true;
            }

            line = default;
            return false;
        }

        /// <summary>Steps over one physical line and its line break; returns where the line ends.</summary>
        private int NextPhysical()
        {
            _lineNumber++;
            var rest = text.AsSpan(_position);
            var length = rest.IndexOfAny('\r', '\n');
            if (length < 0)
            {
                _position = text.Length;
                return text.Length;
            }

            var end = _position + length;
            _position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            return end;
        }
    }
}
