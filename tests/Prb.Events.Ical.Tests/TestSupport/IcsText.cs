using System.Text;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>Looks at iCalendar output the way a strict client does: physical lines of octets, then unfolded lines.</summary>
internal static class IcsText
{
    /// <summary>Splits the octets at CRLF; fails on a bare CR or LF.</summary>
    internal static List<byte[]> PhysicalLines(byte[] octets)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < octets.Length; i++)
        {
            if (octets[i] == '\r')
            {
                Assert.True(i + 1 < octets.Length && octets[i + 1] == '\n', $"bare CR at octet {i}");
                lines.Add(octets[start..i]);
                start = i + 2;
                i++;
            }
            else
            {
                Assert.True(octets[i] != '\n', $"bare LF at octet {i}");
            }
        }

        Assert.Equal(octets.Length, start);
        return lines;
    }

    /// <summary>Returns the unfolded content lines of UTF-8 octets.</summary>
    internal static List<string> ContentLines(byte[] octets)
    {
        var strict = new UTF8Encoding(false, true);
        var result = new List<string>();
        foreach (var line in PhysicalLines(octets))
        {
            var text = strict.GetString(line);
            if (text.StartsWith(' ') || text.StartsWith('\t'))
            {
                result[^1] += text[1..];
            }
            else
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>Returns the unfolded content lines of text.</summary>
    internal static List<string> ContentLines(string text) => ContentLines(Encoding.UTF8.GetBytes(text));
}
