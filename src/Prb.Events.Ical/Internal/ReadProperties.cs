using System.Collections.Frozen;

namespace Prb.Events.Ical.Internal;

/// <summary>
/// The properties the importer reads, in any component: those the model maps (VEVENT), those that define zones
/// (VTIMEZONE and its observances, X-WR-TIMEZONE), and the recurrence lines kept for a model of series. Every other
/// property is skipped as its line is read, before it is parsed: it costs no memory and can cost no event.
/// </summary>
internal static class ReadProperties
{
    private static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.Ordinal,
        "BEGIN", "END",
        "UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "URL", "CONFERENCE",
        "CATEGORIES", "STATUS", "SEQUENCE", "LAST-MODIFIED", "RELATED-TO",
        "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
        "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "X-LIC-LOCATION", "X-WR-TIMEZONE");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a logical line is a property the importer never reads: a name (letters, digits, hyphens) followed
    /// by a parameter or a value, that is not one of <see cref="Names"/>. A line with no such name is read (and
    /// reported when it is not a content line).</summary>
    internal static bool IsUnread(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && (char.IsAsciiLetterOrDigit(line[length]) || line[length] == '-'))
        {
            length++;
        }

        if (length == 0 || length >= line.Length || line[length] is not (';' or ':') || length > 32)
        {
            return false;
        }

        Span<char> upper = stackalloc char[length];
        line[..length].ToUpperInvariant(upper);
        return !Lookup.Contains(upper);
    }
}
