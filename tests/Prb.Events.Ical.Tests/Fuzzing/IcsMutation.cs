using System.Text;
using CsCheck;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>What a mutation does to the octets of an .ics file.</summary>
internal enum IcsMutationKind
{
    Truncate,
    FlipBits,
    InsertOctets,
    DeleteOctets,
    DuplicateLine,
    RemoveLine,
    SwapLines,
    SwapBeginAndEnd,
    ReplaceValue,
    InsertProperty,
    AddParameter,
    FoldAnywhere,
    RepeatSpan,
    InvalidUtf8,
}

/// <summary>
/// One change to the octets of an .ics file, as a fuzzer makes them: cut it short, flip bits, insert or delete
/// octets (line breaks, delimiters, invalid UTF-8), duplicate, remove or swap lines, turn a BEGIN into an END or back,
/// replace a property value (of a time, duration, offset or rule more often than not), add a hostile property to a
/// component or a parameter to a line, fold a line anywhere (inside a character too), or repeat a span many times.
/// Positions are fractions of the input, so a mutation applies to any file.
/// </summary>
internal sealed record IcsMutation(IcsMutationKind Kind, double Where, double Other, int Pick, int Count)
{
    /// <summary>Values that stress the readers of dates, durations, offsets, numbers, rules and text.</summary>
    internal static readonly string[] HostileValues =
    [
        "", " ", "\\", "\\\\\\", "\"", ";;;", ",,,", ":", "99991231T235959", "99991231T235959Z", "00010101T000000", "00000000T000000",
        "20111309T250000", "20110230T100000", "2011-11-09", "99991231", "00010101", "P99999999W", "-P99999999D", "PT2147483647H",
        "P1Y", "PT", "+2400", "-2359", "+1800", "-1801", "+0000", "99999999999999999999", "-1", "NaN;NaN", "1e309;5", "90.0000001;0",
        "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=SU,MO,TU,WE,TH,FR,SA", "FREQ=SECONDLY;COUNT=2147483647",
        "FREQ=YEARLY;INTERVAL=0", "FREQ=YEARLY;BYDAY=9SU", "FREQ=YEARLY;BYMONTHDAY=-32", "FREQ=YEARLY;UNTIL=16010101",
        "CANCELLED", "mailto:", "geo:", "javascript:alert(1)", "http://[::1", "https://zażółć.example/ścieżka", "\u202Eevil",
        "</script><script>alert(1)</script>", "Zażółć gęślą jaźń 📚👩‍💻🇵🇱", "\u0000\u0001\u007F", "\uFEFF", "VEVENT", "VCALENDAR",
    ];

    /// <summary>Whole properties that reach the edges of dates, durations, offsets and rules, or break the nesting.</summary>
    internal static readonly string[] HostileProperties =
    [
        "DURATION:P99999999D", "DURATION:P999999W", "DURATION:PT2147483647H", "DURATION:-P7D", "DTEND;VALUE=DATE:99991231",
        "DTSTART;VALUE=DATE:00010101", "DTEND:99991231T235959Z", "DTSTART:00010101T000000Z", "DTSTART;TZID=America/Adak:99991231T235959",
        "DTSTART;TZID=Pacific/Kiritimati:00010101T000000", "DTSTART;TZID=Customized Time Zone:99991231T230000", "DTSTART:99991231T230000",
        "DTSTART:00010101T000000", "TZOFFSETFROM:+2300", "TZOFFSETTO:-2359", "TZOFFSETTO:+1801", "TZOFFSETFROM:-1800",
        "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU", "RRULE:FREQ=YEARLY;BYDAY=SU;COUNT=2147483647",
        "RRULE:FREQ=YEARLY;INTERVAL=2147483647", "RDATE:99991231T230000,00010101T000000", "RELATED-TO:" , "RELATED-TO;RELTYPE=CHILD:x",
        "UID:", "UID:@", "RECURRENCE-ID:20111109T100000Z", "GEO:1e309;5", "SEQUENCE:-5", "SEQUENCE:99999999999", "CATEGORIES:,,",
        "LAST-MODIFIED:99991231T235959Z", "URL:http://[::1", "CONFERENCE;VALUE=URI:\\evil", "X-WR-TIMEZONE:Customized Time Zone",
        "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VTIMEZONE", "END:VCALENDAR", "BEGIN:STANDARD", "TZID:Customized Time Zone",
    ];

    /// <summary>The properties whose values the importer reads itself, which a replaced value hits more often than not.</summary>
    private static readonly string[] ReadProperties =
    [
        "DTSTART", "DTEND", "DURATION", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZID", "UID", "RELATED-TO", "GEO", "SEQUENCE",
        "LAST-MODIFIED", "URL", "CONFERENCE", "X-WR-TIMEZONE", "RECURRENCE-ID", "CATEGORIES", "STATUS",
    ];

    /// <summary>TZIDs that name a zone in every way an input can, and some that name none.</summary>
    internal static readonly string[] HostileZoneIds =
    [
        "Europe/Warsaw", "Central European Standard Time", "Customized Time Zone", "Customized Time Zone 1",
        "\"(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb\"", "Nope/Nowhere", "\"\"", "Etc/GMT+14", "Etc/GMT-14", "UTC",
        "Pacific/Kiritimati", "America/Adak", "\"A;B:C\"", "/mozilla.org/20050126_1/Europe/Warsaw",
    ];

    private static readonly byte[][] Insertions =
    [
        "\r\n"u8.ToArray(), "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n "u8.ToArray(), ":"u8.ToArray(), ";"u8.ToArray(), ","u8.ToArray(),
        "\""u8.ToArray(), "\\"u8.ToArray(), "="u8.ToArray(), "^"u8.ToArray(), "\t"u8.ToArray(), [0], [0x7F],
        "BEGIN:VEVENT\r\n"u8.ToArray(), "END:VEVENT\r\n"u8.ToArray(), "BEGIN:VCALENDAR\r\n"u8.ToArray(), "END:VCALENDAR\r\n"u8.ToArray(),
        "BEGIN:VTIMEZONE\r\n"u8.ToArray(), "BEGIN:VALARM\r\n"u8.ToArray(), "END:STANDARD\r\n"u8.ToArray(), "RELATED-TO:"u8.ToArray(),
        "DTSTART;VALUE=DATE:00010101\r\n"u8.ToArray(), "DTEND;VALUE=DATE:99991231\r\n"u8.ToArray(), "DURATION:P9999W\r\n"u8.ToArray(),
        "RECURRENCE-ID:20111109T100000Z\r\n"u8.ToArray(), "UID:\r\n"u8.ToArray(), "ł"u8.ToArray(), "😀"u8.ToArray(),
    ];

    private static readonly byte[][] InvalidSequences =
    [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0x80], [0xC4], [0xE2, 0x80],
        [0xF0, 0x9F, 0x98],
    ];

    /// <summary>Gets a generator of single mutations; half of them change properties (values, hostile properties,
    /// parameters), since most octet-level ones end in the format exception or in a line the importer skips.</summary>
    internal static Gen<IcsMutation> Any { get; } = Gen.Select(
        Gen.Frequency(
            (3, Gen.OneOf(Gen.Const(IcsMutationKind.ReplaceValue), Gen.Const(IcsMutationKind.InsertProperty), Gen.Const(IcsMutationKind.AddParameter))),
            (3, Gen.Enum<IcsMutationKind>())),
        Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, 1000], Gen.Int[1, 64],
        (kind, where, other, pick, count) => new IcsMutation(kind, where, other, pick, count));

    /// <summary>Applies the mutation to a copy of the octets.</summary>
    internal byte[] Apply(byte[] input)
    {
        var at = Position(input.Length, Where);
        switch (Kind)
        {
            case IcsMutationKind.Truncate:
                return input[..at];
            case IcsMutationKind.FlipBits:
            {
                var copy = input.ToArray();
                if (copy.Length > 0)
                {
                    copy[Math.Min(at, copy.Length - 1)] ^= (byte)(1 + (Pick % 255));
                }

                return copy;
            }

            case IcsMutationKind.InsertOctets:
                return [.. input[..at], .. Insertions[Pick % Insertions.Length], .. input[at..]];
            case IcsMutationKind.DeleteOctets:
                return [.. input[..at], .. input[Math.Min(input.Length, at + Count)..]];
            case IcsMutationKind.InvalidUtf8:
                return [.. input[..at], .. InvalidSequences[Pick % InvalidSequences.Length], .. input[at..]];
            case IcsMutationKind.FoldAnywhere:
                return [.. input[..at], .. "\r\n "u8, .. input[at..]];
            case IcsMutationKind.RepeatSpan:
            {
                var end = Math.Min(input.Length, at + 1 + (Pick % 200));
                var span = input[at..end];
                var repeated = new List<byte>(input.Length + (span.Length * Count));
                repeated.AddRange(input[..end]);
                for (var i = 0; i < Count; i++)
                {
                    repeated.AddRange(span);
                }

                repeated.AddRange(input[end..]);
                return [.. repeated];
            }

            default:
                return ApplyToLines(input);
        }
    }

    private byte[] ApplyToLines(byte[] input)
    {
        var lines = Lines(input);
        if (lines.Count == 0)
        {
            return input;
        }

        var i = Position(lines.Count - 1, Where);
        var j = Position(lines.Count - 1, Other);
        switch (Kind)
        {
            case IcsMutationKind.DuplicateLine:
                lines.Insert(i, lines[i]);
                break;
            case IcsMutationKind.RemoveLine:
                lines.RemoveAt(i);
                break;
            case IcsMutationKind.SwapLines:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case IcsMutationKind.SwapBeginAndEnd:
            {
                var boundaries = Enumerable.Range(0, lines.Count).Where(k => StartsWith(lines[k], "BEGIN:") || StartsWith(lines[k], "END:")).ToList();
                if (boundaries.Count > 0)
                {
                    var k = boundaries[Pick % boundaries.Count];
                    lines[k] = StartsWith(lines[k], "BEGIN:") ? [.. "END:"u8, .. lines[k][6..]] : [.. "BEGIN:"u8, .. lines[k][4..]];
                }

                break;
            }

            case IcsMutationKind.InsertProperty:
            {
                // Into a component: in place of its property of the same name (DURATION in place of DTEND), else after its BEGIN.
                var begins = Enumerable.Range(0, lines.Count).Where(k => StartsWith(lines[k], "BEGIN:")).ToList();
                var begin = begins.Count > 0 ? begins[(int)(Other * begins.Count) % begins.Count] : i;
                var property = HostileProperties[Pick % HostileProperties.Length];
                var name = property[..property.IndexOfAny([':', ';'])];
                var replaced = name == "DURATION" ? "DTEND" : name;
                var end = begin + 1;
                while (end < lines.Count && !StartsWith(lines[end], "BEGIN:") && !StartsWith(lines[end], "END:"))
                {
                    end++;
                }

                var same = Enumerable.Range(begin + 1, end - begin - 1).FirstOrDefault(k => StartsWith(lines[k], replaced + ":") || StartsWith(lines[k], replaced + ";"), -1);
                if (same >= 0 && name is not ("BEGIN" or "END"))
                {
                    lines[same] = Encoding.UTF8.GetBytes(property + "\r\n");
                }
                else
                {
                    lines.Insert(begin + 1, Encoding.UTF8.GetBytes(property + "\r\n"));
                }

                break;
            }

            case IcsMutationKind.ReplaceValue:
            {
                var read = Enumerable.Range(0, lines.Count).Where(k => ReadProperties.Any(name => StartsWith(lines[k], name + ":") || StartsWith(lines[k], name + ";"))).ToList();
                if (read.Count > 0 && Count % 4 != 0)
                {
                    i = read[(int)(Other * read.Count) % read.Count];
                }

                var colon = Array.IndexOf(lines[i], (byte)':');
                var end = EndOfContent(lines[i]);
                if (colon >= 0 && colon < end)
                {
                    lines[i] = [.. lines[i][..(colon + 1)], .. Encoding.UTF8.GetBytes(HostileValues[Pick % HostileValues.Length]), .. lines[i][end..]];
                }

                break;
            }

            case IcsMutationKind.AddParameter:
            {
                var colon = Array.IndexOf(lines[i], (byte)':');
                if (colon > 0)
                {
                    var parameter = Pick % 3 == 0 ? "VALUE=DATE" : "TZID=" + HostileZoneIds[Pick % HostileZoneIds.Length];
                    lines[i] = [.. lines[i][..colon], .. Encoding.UTF8.GetBytes(";" + parameter), .. lines[i][colon..]];
                }

                break;
            }
        }

        return [.. lines.SelectMany(l => l)];
    }

    private static int Position(int length, double fraction) => Math.Clamp((int)(fraction * length), 0, length);

    private static bool StartsWith(byte[] line, string prefix) =>
        line.Length >= prefix.Length && Encoding.ASCII.GetString(line, 0, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    private static int EndOfContent(byte[] line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return end;
    }

    /// <summary>Splits octets into lines that keep their line breaks, so that joining them gives the octets back.</summary>
    private static List<byte[]> Lines(byte[] input)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var k = 0; k < input.Length; k++)
        {
            if (input[k] == '\n')
            {
                lines.Add(input[start..(k + 1)]);
                start = k + 1;
            }
        }

        if (start < input.Length)
        {
            lines.Add(input[start..]);
        }

        return lines;
    }
}
