using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Calendar;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>What the event page shows: the event, its agenda by day in the zone the viewer chose (the event's own by
/// default), and the addresses that add the event or an item to a calendar. Absolute links start with the site's
/// public address, never with a request's Host.</summary>
public sealed class EventPageModel
{
    public required SiteLanguage Language { get; init; }

    public required CatalogEntry Entry { get; init; }

    /// <summary>The zone times and day headings are shown in; null when the event's zone is unknown.</summary>
    public required DateTimeZone? Zone { get; init; }

    public required bool IsViewerZone { get; init; }

    public required IReadOnlyList<AgendaDay> Days { get; init; }

    /// <summary>The dates shown one by one in <see cref="Zone"/>: for a series its next <see cref="NextCount"/> occurrences
    /// from now (cancelled ones left out by the series, those cancelled by an override marked), moved ones at their new
    /// time; for a multi-day event each of its days with its own hours; empty for a one-day event.</summary>
    public required IReadOnlyList<EventOccurrence> Dates { get; init; }

    /// <summary>How many next occurrences of a series the page lists.</summary>
    public const int NextCount = 5;

    public required Uri PageUrl { get; init; }

    public required Uri PublicBase { get; init; }

    public required bool IsPast { get; init; }

    /// <summary>Why the zone asked for (<c>?tz=</c>) is not used, or null.</summary>
    public EventQueryProblem? Problem { get; init; }

    public Event Event => Entry.Event;

    public string Slug => Uri.EscapeDataString(Event.Slug.Value);

    public string IcsPath => $"/events/{Slug}.ics";

    public string ItemIcsPath(AgendaItem item) => $"/events/{Slug}/agenda/{Uri.EscapeDataString(item.Id.Value)}.ics";

    public string Webcal
    {
        get
        {
            var feed = new Uri(PublicBase, "events/calendar.ics");
            return "webcal://" + feed.Authority + feed.PathAndQuery;
        }
    }

    public CalendarEntry? EventEntry => CalendarEntry.ForEvent(Entry, PageUrl);

    public CalendarEntry ItemEntry(ScheduledItem item) => CalendarEntry.ForItem(Entry, item, PageUrl);

    internal static EventPageModel Build(SiteLanguage language, CatalogEntry entry, DateTimeZone? viewerZone, Instant now, Uri publicBase, EventQueryProblem? problem = null)
    {
        var eventZone = entry.Schedule.Zone;
        var zone = eventZone is null ? null : viewerZone ?? eventZone;
        return new EventPageModel
        {
            Language = language,
            Entry = entry,
            Zone = zone,
            IsViewerZone = viewerZone is not null && viewerZone.Id != eventZone?.Id,
            Days = zone is null ? [] : entry.Schedule.ByDay(zone),
            Dates = zone is null ? [] : DatesOf(entry, zone, now),
            PageUrl = new Uri(publicBase, language.EventPath(entry.Event.Slug.Value).TrimStart('/')),
            PublicBase = publicBase,
            IsPast = ListedEvent.Of(entry, null, now).IsPast,
            Problem = problem,
        };
    }

    private static List<EventOccurrence> DatesOf(CatalogEntry entry, DateTimeZone zone, Instant now)
    {
        if (entry.Event.IsSeries)
        {
            return [.. entry.Schedule.Occurrences(new Interval(now, null)).Where(o => o.End.ToInstant() > now).Take(NextCount).Select(o => o.InZone(zone))];
        }

        return entry.Event.Days.Count > 1 ? [.. entry.Schedule.Occurrences(new Interval(null, null)).Select(o => o.InZone(zone))] : [];
    }
}
