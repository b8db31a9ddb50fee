using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;

namespace Prb.Events.Cli.Tests.Properties;

/// <summary>What a mutation does to a document's text.</summary>
internal enum TextMutationKind
{
    ReplaceDate,
    ReplaceZone,
    ReplaceTitle,
    Truncate,
    ReplaceCharacter,
    Insert,
    Delete,
    Repeat,
}

/// <summary>One change to an event document (JSON) or a calendar (iCalendar): a date moved to the edges of time or
/// into a DST gap, a zone swapped, a title made hostile, or the text cut, changed, grown or repeated.</summary>
internal sealed partial record TextMutation(TextMutationKind Kind, double Where, int Pick)
{
    private static readonly string[] JsonDates =
    [
        "9999-12-31T20:00:00", "9999-12-31T23:59:59", "9999-12-31T00:00:00", "-9998-01-01T00:00:00", "-9998-01-01T08:00:00",
        "0001-01-01T00:00:00", "0000-01-01T00:00:00", "2011-03-27T02:30:00", "2011-10-30T02:30:00", "2011-11-09T25:00:00",
    ];

    private static readonly string[] CalendarDates =
    [
        "99991231T200000", "99991231T235959", "99991231", "00010101T000000", "00000101T000000", "20110327T023000",
        "20111030T023000", "99991231T200000Z", "00010101T000000Z", "20111109T250000",
    ];

    private static readonly string[] Zones =
    [
        "America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Etc/GMT-14", "UTC",
        "Australia/Lord_Howe", "America/St_Johns", "Mars/Olympus", "", "Europe/Warsaw",
    ];

    private static readonly string[] Titles =
    [
        "Talk\nFORGED: line", "a\r\nb", "\u001b[2J\u001b[31mred", "\u202Egnp.exe", "nul\0", "", " ", new string('ł', 5000), "📚",
        "</script><script>alert(1)</script>", "tab\there", "\u2028\u2029", "\u0085",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "\u0000", "\n", "\r\n", " ", "\u001b", "BEGIN:VEVENT\r\n", "END:VEVENT\r\n",
        "END:VCALENDAR\r\n", ";TZID=America/Los_Angeles", "\uFEFF", "ł", "📚", "9", "-",
    ];

    /// <summary>Gets a generator of single mutations, three in four of them keeping the text well formed (a date, zone or
    /// title replaced), so that what the library does with values is tried as often as what the readers do with broken text.</summary>
    public static Gen<TextMutation> Any { get; } = Gen.Select(
        Gen.Frequency(
            (3, Gen.OneOf(TextMutationKind.ReplaceDate, TextMutationKind.ReplaceZone, TextMutationKind.ReplaceTitle)),
            (1, Gen.OneOf(TextMutationKind.Truncate, TextMutationKind.ReplaceCharacter, TextMutationKind.Insert, TextMutationKind.Delete, TextMutationKind.Repeat))),
        Gen.Double[0, 1],
        Gen.Int[0, 1000],
        (kind, where, pick) => new TextMutation(kind, where, pick));

    /// <summary>Applies the mutation to <paramref name="text"/>, a calendar when <paramref name="calendar"/> is true.</summary>
    public string Apply(string text, bool calendar)
    {
        var at = (int)(Where * text.Length);
        return Kind switch
        {
            TextMutationKind.ReplaceDate => ReplaceMatch(text, calendar ? CalendarDate() : JsonDate(), calendar ? CalendarDates : JsonDates, v => v),
            TextMutationKind.ReplaceZone => ReplaceMatch(text, calendar ? CalendarZone() : JsonZone(), Zones, calendar ? v => v : JsonString),
            TextMutationKind.ReplaceTitle => ReplaceMatch(text, calendar ? CalendarTitle() : JsonTitle(), Titles, calendar ? CalendarText : JsonString),
            TextMutationKind.Truncate => text[..at],
            TextMutationKind.ReplaceCharacter => text.Length == 0 ? text : text[..Math.Min(at, text.Length - 1)] + Of(Fragments) + text[(Math.Min(at, text.Length - 1) + 1)..],
            TextMutationKind.Insert => text.Insert(at, Of(Fragments)),
            TextMutationKind.Delete => text.Remove(at, Math.Min(Pick % 50, text.Length - at)),
            TextMutationKind.Repeat => text.Insert(at, text.Substring(at, Math.Min(Pick % 200, text.Length - at))),
            _ => text,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Where:0.###} pick {Pick}";

    private string Of(string[] values) => values[Pick % values.Length];

    /// <summary>Replaces the value of one match of <paramref name="pattern"/> (chosen by <see cref="Where"/>) with a pick
    /// of <paramref name="values"/>, encoded for the document.</summary>
    private string ReplaceMatch(string text, Regex pattern, string[] values, Func<string, string> encode)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var value = matches[(int)(Where * matches.Count) % matches.Count].Groups["value"];
        return string.Concat(text.AsSpan(0, value.Index), encode(Of(values)), text.AsSpan(value.Index + value.Length));
    }

    private static string JsonString(string value) => JsonSerializer.Serialize(value);

    private static string CalendarText(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex("\"(?<value>-?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\"")]
    private static partial Regex JsonDate();

    [GeneratedRegex(@"(?<value>\d{8}(T\d{6}Z?)?)\r\n")]
    private static partial Regex CalendarDate();

    [GeneratedRegex("\"timeZone\": *(?<value>\"[^\"]*\")")]
    private static partial Regex JsonZone();

    [GeneratedRegex("TZID=(?<value>[^:;\r\n]*)")]
    private static partial Regex CalendarZone();

    [GeneratedRegex("\"title\": *(?<value>\"(?:[^\"\\\\]|\\\\.)*\")")]
    private static partial Regex JsonTitle();

    [GeneratedRegex("SUMMARY:(?<value>[^\r\n]*)")]
    private static partial Regex CalendarTitle();
}
