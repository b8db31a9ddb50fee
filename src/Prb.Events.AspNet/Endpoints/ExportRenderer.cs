using Prb.Events.AspNet.Http;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Renders what a format writes — an event, an agenda item, the feed — once per catalogue entry or snapshot
/// (<see cref="RenderingCache"/>), into a buffer first, so that a failed export never reaches a client half-written.
/// Each is written as of the entry's (for the feed, the snapshot's) last change, so the bytes and the ETag of one stored
/// event are the same on every instance and after a restart (iCalendar's DTSTAMP is that instant, not the clock's).</summary>
internal static class ExportRenderer
{
    public static Task<Representation> EventAsync(CatalogEntry entry, IEventExportFormat format, bool download) =>
        RenderingCache.GetAsync(entry, new RenderingKey(download ? RenderingKind.File : RenderingKind.Body, format.Name), (entry, format, download), static async state =>
        {
            var (entry, format, download) = state;
            var body = await format.WriteEventToArrayAsync(entry.Event, entry.LastModified, CancellationToken.None);
            var fileName = download ? entry.Event.Slug.Value + format.FileExtension : null;
            return new Representation(body, format.MediaType, entry.LastModified, fileName);
        });

    public static Task<Representation> AgendaItemAsync(CatalogEntry entry, AgendaItemId itemId, IEventExportFormat format) =>
        RenderingCache.GetAsync(entry, new RenderingKey(RenderingKind.Item, format.Name, itemId), (entry, itemId, format), static async state =>
        {
            var (entry, itemId, format) = state;
            var body = await format.WriteAgendaItemToArrayAsync(entry.Event, itemId, entry.LastModified, CancellationToken.None);
            return new Representation(body, format.MediaType, entry.LastModified, $"{entry.Event.Slug.Value}-{itemId.Value}{format.FileExtension}");
        });

    public static Task<Representation> FeedAsync(EventCatalogSnapshot snapshot, IEventExportFormat format) =>
        RenderingCache.GetAsync(snapshot, new RenderingKey(RenderingKind.Feed, format.Name), (snapshot, format), static async state =>
        {
            var (snapshot, format) = state;
            var feed = new EventFeed(snapshot.Entries.Where(e => e.Schedule.IsComplete).Select(e => e.Event));
            var body = await format.WriteFeedToArrayAsync(feed, snapshot.LastModified, CancellationToken.None);
            return new Representation(body, format.MediaType, snapshot.LastModified);
        });

    /// <summary>Renders the feed of some entries of a snapshot, written as of the latest change among them, so one
    /// filter of one catalogue gives the same bytes and ETag every time. Not kept: the filters are the client's choice,
    /// and keeping a rendering per search would let clients fill the memory.</summary>
    public static async Task<Representation> FilteredFeedAsync(EventCatalogSnapshot snapshot, IReadOnlyList<CatalogEntry> entries, IEventExportFormat format)
    {
        var asOf = entries.Count == 0 ? snapshot.LastModified : entries.Max(e => e.LastModified);
        var feed = new EventFeed(entries.Where(e => e.Schedule.IsComplete).Select(e => e.Event));
        var body = await format.WriteFeedToArrayAsync(feed, asOf, CancellationToken.None);
        return new Representation(body, format.MediaType, asOf);
    }
}
