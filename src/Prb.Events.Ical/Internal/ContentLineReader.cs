using System.Text;

namespace Prb.Events.Ical.Internal;

/// <summary>Splits iCalendar text into unfolded content lines and parses each into name, parameters and value.</summary>
/// <remarks>Accepts CRLF and, as many producers write, bare LF; a line that starts with a space or a tab continues the one before.</remarks>
internal static class ContentLineReader
{
    /// <summary>Returns every logical (unfolded) line with the 1-based number of the physical line it starts on; blank lines are skipped.</summary>
    internal static List<(int LineNumber, string Text)> Unfold(string text)
    {
        var lines = new List<(int LineNumber, string Text)>();
        var builder = new StringBuilder();
        var startLine = 0;
        var lineNumber = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], position);
            var physical = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            lineNumber++;
            if (physical.Length > 0 && physical[0] is ' ' or '\t' && builder.Length > 0)
            {
                builder.Append(physical[1..]);
            }
            else
            {
                if (builder.Length > 0)
                {
                    lines.Add((startLine, builder.ToString()));
                    builder.Clear();
                }

                if (!physical.IsWhiteSpace())
                {
                    builder.Append(physical);
                    startLine = lineNumber;
                }
            }

            if (end < 0)
            {
                break;
            }

            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            if (position == text.Length)
            {
                break;
            }
        }

        if (builder.Length > 0)
        {
            lines.Add((startLine, builder.ToString()));
        }

        return lines;
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

    /// <summary>Parses one logical line; returns null and the reason when it is not a content line.</summary>
    internal static ContentLine? Parse(int lineNumber, string text, out string? error)
    {
        error = null;
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        if (i == 0)
        {
            error = "a content line starts with a name such as DTSTART";
            return null;
        }

        var name = text[..i].ToUpperInvariant();
        var parameters = new List<KeyValuePair<string, string>>();
        while (i < text.Length && text[i] == ';')
        {
            i++;
            var nameStart = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == nameStart || i >= text.Length || text[i] != '=')
            {
                error = "a parameter must have the form NAME=value";
                return null;
            }

            var parameterName = text[nameStart..i].ToUpperInvariant();
            do
            {
                i++;
                string value;
                if (i < text.Length && text[i] == '"')
                {
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0)
                    {
                        error = $"the quoted value of parameter {parameterName} is not closed";
                        return null;
                    }

                    value = text[(i + 1)..close];
                    i = close + 1;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && text[i] is not (';' or ':' or ','))
                    {
                        if (text[i] == '"')
                        {
                            error = $"the value of parameter {parameterName} has a quote in it without being quoted";
                            return null;
                        }

                        i++;
                    }

                    value = text[start..i];
                }

                parameters.Add(new KeyValuePair<string, string>(parameterName, DecodeParameter(value)));
            }
            while (i < text.Length && text[i] == ',');
        }

        if (i >= text.Length || text[i] != ':')
        {
            error = "a colon must separate the name and parameters from the value";
            return null;
        }

        return new ContentLine(lineNumber, name, parameters, text[(i + 1)..], text);
    }

    /// <summary>Decodes RFC 6868 escapes: <c>^n</c> a line break, <c>^'</c> a quote, <c>^^</c> a caret.</summary>
    internal static string DecodeParameter(string value)
    {
        if (!value.Contains('^', StringComparison.Ordinal))
        {
            return value;
        }

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

    /// <summary>Unescapes a TEXT value: <c>\\ \; \, \n \N</c>.</summary>
    internal static string UnescapeText(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[i + 1];
                builder.Append(next is 'n' or 'N' ? '\n' : next);
                i++;
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
