using NodaTime;

namespace Prb.Events.Samples.Web.Calendar;

/// <summary>What an "add to calendar" link carries: a title, two instants, details and a place — taken from the event
/// or from one agenda item.</summary>
public sealed record CalendarEntry(string Title, Instant Start, Instant End, string Details, string? Location)
{
    /// <summary>The event as a whole: from the start of its first day to the end of its last.</summary>
    public static CalendarEntry? ForEvent(Prb.Events.Hosting.CatalogEntry entry, Uri pageUrl) =>
        // A switch whose pattern variables live only in their arm: no mutant can leave them unassigned (see docs/mutation-testing.md).
        (entry.Schedule.Start, entry.Schedule.End) switch
        {
            ({ } start, { } end) => new CalendarEntry(
                entry.Event.FullTitle, start.ToInstant(), end.ToInstant(), DetailsWithLink(entry.Event.Description, pageUrl), entry.Event.Venue?.ToString()),
            _ => null,
        };

    /// <summary>One agenda item, with the room after the venue and a link to the item on the page.</summary>
    public static CalendarEntry ForItem(Prb.Events.Hosting.CatalogEntry entry, ScheduledItem item, Uri pageUrl)
    {
        var e = entry.Event;
        var location = string.Join(", ", new[] { item.Item.Room, e.Venue?.ToString() }.Where(s => !string.IsNullOrEmpty(s)));
        var itemUrl = new Uri(pageUrl, "#item-" + Uri.EscapeDataString(item.Item.Id.Value));
        var description = item.Item.Description is { } d ? $"{e.FullTitle}\n\n{d}" : e.FullTitle;
        return new CalendarEntry(item.Item.Title, item.Start.ToInstant(), item.End.ToInstant(), DetailsWithLink(description, itemUrl),
            location.Length == 0 ? null : location);
    }

    private static string DetailsWithLink(string? description, Uri url) => description is null ? url.AbsoluteUri : $"{description}\n\n{url.AbsoluteUri}";
}
