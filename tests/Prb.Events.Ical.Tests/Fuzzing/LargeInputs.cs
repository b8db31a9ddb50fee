using System.Text;

namespace Prb.Events.Ical.Tests.Fuzzing;

/// <summary>Large hostile inputs, made in memory when a test asks for them (none is committed): each is about one
/// megabyte (or ten, for the long line) of one thing an attacker or a broken producer can repeat.</summary>
internal static class LargeInputs
{
    internal const int Megabyte = 1_000_000;

    /// <summary>Gets the names of the one-megabyte inputs.</summary>
    internal static IReadOnlyList<string> Names { get; } =
    [
        "small events",
        "minimal events",
        "agenda items of one event",
        "agenda items in a chain of RELATED-TO",
        "BEGIN:VEVENT without END",
        "components nested and closed",
        "END without BEGIN",
        "VTIMEZONEs with a rule for every day",
        "Outlook custom zones",
        "all-day events of a year",
        "all-day events of ten years",
        "durations of a million weeks",
        "one folded Polish description",
        "a fold inside every character",
        "parameters on one line",
        "EXDATEs on one line",
        "lines that are not content lines",
        "control characters",
        "unknown TZIDs",
        "invalid UTF-8",
    ];

    /// <summary>Makes an input of about <paramref name="octets"/> octets.</summary>
    internal static byte[] Make(string name, int octets = Megabyte) => name switch
    {
        "small events" => ImportCorpus.Calendar(octets, i => Event($"e{i}@fuzz", "DTSTART;TZID=Europe/Warsaw:20111109T100000\r\nDTEND;TZID=Europe/Warsaw:20111109T120000\r\nSUMMARY:Wykład\r\nLOCATION:Rynek 58\\, Wrocław\r\n")),
        "minimal events" => ImportCorpus.Calendar(octets, i => $"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:20111109T100000Z\r\nEND:VEVENT\r\n"),
        "agenda items of one event" => ImportCorpus.Calendar(octets,
            i => Event($"p+i{i}@fuzz", "RELATED-TO:p@fuzz\r\nDTSTART;TZID=Europe/Warsaw:20111109T100000\r\nDTEND;TZID=Europe/Warsaw:20111109T101000\r\nSUMMARY:Punkt\r\n"),
            head: Event("p@fuzz", "DTSTART;TZID=Europe/Warsaw:20111109T090000\r\nDTEND;TZID=Europe/Warsaw:20111109T180000\r\nSUMMARY:Konferencja\r\n")),
        "agenda items in a chain of RELATED-TO" => ImportCorpus.Calendar(octets,
            i => Event($"c{i}@fuzz", $"RELATED-TO:c{i - 1}@fuzz\r\nDTSTART:20111109T100000Z\r\nDTEND:20111109T101000Z\r\n")),
        "BEGIN:VEVENT without END" => ImportCorpus.Calendar(octets, _ => "BEGIN:VEVENT\r\n"),
        "components nested and closed" => ImportCorpus.Calendar(octets,
            i => string.Concat(Enumerable.Repeat("BEGIN:X-NEST\r\n", 100)) + Event($"n{i}@fuzz", "DTSTART:20111109T100000Z\r\n") + string.Concat(Enumerable.Repeat("END:X-NEST\r\n", 100))),
        "END without BEGIN" => ImportCorpus.Calendar(octets, _ => "END:VEVENT\r\n", head: string.Concat(Enumerable.Repeat("BEGIN:X-OPEN\r\n", 15))),
        "VTIMEZONEs with a rule for every day" => ImportCorpus.Calendar(octets,
            i => Zone($"Z{i}", "00010101T000000", "FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=MO,TU,WE,TH,FR,SA,SU")
                + Event($"z{i}@fuzz", $"DTSTART;TZID=Z{i}:20111109T100000\r\n")),
        "Outlook custom zones" => ImportCorpus.Calendar(octets,
            i => Zone($"Customized Time Zone {i}", "16011028T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
                + Event($"o{i}@fuzz", $"DTSTART;TZID=\"Customized Time Zone {i}\":20111109T100000\r\n")),
        "all-day events of a year" => ImportCorpus.Calendar(octets, i => Event($"y{i}@fuzz", "DTSTART;VALUE=DATE:20110101\r\nDTEND;VALUE=DATE:20120101\r\n")),
        "all-day events of ten years" => ImportCorpus.Calendar(octets, i => Event($"t{i}@fuzz", "DTSTART;VALUE=DATE:20010101\r\nDURATION:P3650D\r\n")),
        "durations of a million weeks" => ImportCorpus.Calendar(octets, i => Event($"w{i}@fuzz", "DTSTART;TZID=Europe/Warsaw:20111109T100000\r\nDURATION:P999999W\r\n")),
        "one folded Polish description" => ImportCorpus.Calendar(octets, i => i == 0 ? Event("d@fuzz", "DTSTART:20111109T100000Z\r\nDESCRIPTION:x") : "\r\n Zażółć gęślą jaźń – 📚 „cytat”\\, \\; \\n",
            tail: "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        "a fold inside every character" => FoldInsideEveryCharacter(octets),
        "parameters on one line" => ImportCorpus.Calendar(octets, i => i == 0 ? Event("p@fuzz", "DTSTART:20111109T100000Z\r\nX-MANY") : ";X-P=\"a;b:c\"", tail: ":v\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        "EXDATEs on one line" => ImportCorpus.Calendar(octets, i => i == 0 ? Event("x@fuzz", "DTSTART:20111109T100000Z\r\nRRULE:FREQ=DAILY\r\nEXDATE:20111110T100000Z") : ",20111110T100000Z",
            tail: "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
        "lines that are not content lines" => ImportCorpus.Calendar(octets, _ => "this is not a content line\r\n;;;\r\n:\r\n\"\r\n"),
        "control characters" => ImportCorpus.Calendar(octets, i => Event($"k{i}@fuzz", "DTSTART:20111109T100000Z\r\nSUMMARY:\u0001\u0002\u0003\u001B[31m\u007F\r\n")),
        "unknown TZIDs" => ImportCorpus.Calendar(octets, i => Event($"u{i}@fuzz", $"DTSTART;TZID=Nowhere/Zone{i}:20111109T100000\r\n")),
        "invalid UTF-8" => [.. "BEGIN:VCALENDAR\r\nSUMMARY:"u8, .. Enumerable.Range(0, octets - 100).Select(i => (byte)(0x80 + (i % 64)))],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such input."),
    };

    /// <summary>A calendar holding one line of ten megabytes, just under the default size cap.</summary>
    internal static byte[] TenMegabyteLine()
    {
        var head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prb.Events//Fuzzing//EN\r\n" + Event("long@fuzz", "DTSTART:20111109T100000Z\r\nDESCRIPTION:");
        var tail = "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var octets = new byte[10 * Megabyte];
        var written = Encoding.UTF8.GetBytes(head, octets);
        var fill = "Zażółć gęślą jaźń "u8;
        var end = octets.Length - Encoding.UTF8.GetByteCount(tail);
        while (written + fill.Length <= end)
        {
            fill.CopyTo(octets.AsSpan(written));
            written += fill.Length;
        }

        octets.AsSpan(written, end - written).Fill((byte)'x');
        Encoding.UTF8.GetBytes(tail, octets.AsSpan(end));
        return octets;
    }

    private static byte[] FoldInsideEveryCharacter(int octets)
    {
        var body = new List<byte>(octets);
        body.AddRange(Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + Event("f@fuzz", "DTSTART:20111109T100000Z\r\nSUMMARY:ż")));
        while (body.Count < octets - 100)
        {
            // ł is C5 82: a fold between its two octets.
            body.AddRange([0xC5, (byte)'\r', (byte)'\n', (byte)' ', 0x82]);
        }

        body.AddRange("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"u8.ToArray());
        return [.. body];
    }

    /// <summary>A VEVENT; left open (for the pieces that follow to continue its last line) when the properties do not end a line.</summary>
    private static string Event(string uid, string properties) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20111108T120000Z\r\n{properties}" + (properties.EndsWith("\r\n", StringComparison.Ordinal) ? "END:VEVENT\r\n" : string.Empty);

    private static string Zone(string tzid, string start, string rule) =>
        $"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\nBEGIN:STANDARD\r\nDTSTART:{start}\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:{rule}\r\nEND:STANDARD\r\n"
        + $"BEGIN:DAYLIGHT\r\nDTSTART:{start}\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
}
