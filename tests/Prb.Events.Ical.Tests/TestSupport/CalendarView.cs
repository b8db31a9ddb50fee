using System.Globalization;
using System.Text;

namespace Prb.Events.Ical.Tests.TestSupport;

/// <summary>
/// What of an event an iCalendar round trip keeps, as text for readable failures: ids, the full title, kinds,
/// tags, whether it is cancelled, the zone, the start and end and every day's (local time and offset, exactly), description, venue text,
/// position and online link, URL, revisions, last change; and of each agenda item its id, kind, title, description,
/// times, room, track, whether it is cancelled (or its event is) and revision. Empty optional text counts as none.
/// </summary>
internal static class CalendarView
{
    internal static string Of(Event e, bool withItems = true)
    {
        var b = new StringBuilder();
        Line(b, "id", e.Id.Value);
        Line(b, "title", e.FullTitle);
        Line(b, "kind", e.Kind.ToString());
        Line(b, "tags", string.Join(" | ", e.Tags));
        Line(b, "cancelled", (e.Status == EventStatus.Cancelled).ToString());
        Line(b, "zone", e.TimeZoneId);
        Line(b, "start", e.Start.ToString());
        Line(b, "end", e.End.ToString());
        Line(b, "days", string.Join(" | ", e.Days.Select(d => $"{d.Start} – {d.End}")));
        Line(b, "description", Optional(e.Description));
        Line(b, "venue", Optional(e.Venue?.ToString()));
        Line(b, "geo", e.Venue?.Geo?.ToString());
        Line(b, "online", WebAddress.ToAscii(e.Venue?.OnlineUrl));
        Line(b, "url", WebAddress.ToAscii(e.Url));
        Line(b, "revision", e.Revision.ToString(CultureInfo.InvariantCulture));
        Line(b, "lastModified", e.LastModified?.ToString());
        if (withItems)
        {
            foreach (var item in e.Agenda)
            {
                b.Append("item ").Append(item.Id.Value).Append('\n');
                Line(b, "  kind", item.Kind.ToString());
                Line(b, "  title", item.Title);
                Line(b, "  description", Optional(item.Description));
                Line(b, "  start", item.Start.ToString());
                Line(b, "  end", item.End.ToString());
                Line(b, "  room", Optional(item.Room));
                Line(b, "  track", Optional(item.Track));
                Line(b, "  cancelled", (item.Status == AgendaItemStatus.Cancelled || e.Status == EventStatus.Cancelled).ToString());
                Line(b, "  revision", item.Revision.ToString(CultureInfo.InvariantCulture));
            }
        }

        return b.ToString();
    }

    private static string? Optional(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static void Line(StringBuilder b, string name, string? value) =>
        b.Append(name).Append(": ").Append(value is null ? "(none)" : "«" + value.Replace("\n", "⏎", StringComparison.Ordinal).Replace("\t", "⇥", StringComparison.Ordinal) + "»").Append('\n');
}
