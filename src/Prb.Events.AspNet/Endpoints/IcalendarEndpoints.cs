using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Prb.Events.AspNet.Catalog;
using Prb.Events.AspNet.Http;
using Prb.Events.Ical;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>The iCalendar endpoints beyond the event itself: one agenda item, and the feed of the whole catalogue.</summary>
internal static class IcalendarEndpoints
{
    public static async Task<IResult> ItemAsync(
        string slug, string itemId, IEventCatalog catalog, IcalendarExporter exporter, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Find(slug) is not { } entry)
        {
            return EventEndpoints.UnknownEvent(slug);
        }

        if (!AgendaItemId.TryParse(itemId, out var id) || entry.Event.FindAgendaItem(id) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown agenda item",
                detail: $"Event '{slug}' has no agenda item '{itemId}'.");
        }

        var representation = EventRenderer.RenderCustom(entry, "ics:item:" + id.Value, (entry, exporter, id), static state =>
            new Representation(state.exporter.ItemToUtf8(state.entry.Event, state.id), IcalendarExporter.ContentType, state.entry.LastModified,
                $"{state.entry.Event.Slug.Value}-{state.id.Value}.ics"));
        return new RepresentationResult(representation, options.Value.CacheMaxAge);
    }

    public static async Task<IResult> FeedAsync(IEventCatalog catalog, IcalendarExporter exporter, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var representation = EventRenderer.RenderCustom(snapshot, "ics:feed", (snapshot, exporter), static state =>
            new Representation(
                state.exporter.FeedToUtf8(state.snapshot.Entries.Where(e => e.Schedule.IsComplete).Select(e => e.Event)),
                IcalendarExporter.ContentType,
                state.snapshot.LastModified));
        return new RepresentationResult(representation, options.Value.CacheMaxAge);
    }
}
