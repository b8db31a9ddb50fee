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
            PageUrl = new Uri(publicBase, language.EventPath(entry.Event.Slug.Value).TrimStart('/')),
            PublicBase = publicBase,
            IsPast = ListedEvent.Of(entry, null, now).IsPast,
            Problem = problem,
        };
    }
}
