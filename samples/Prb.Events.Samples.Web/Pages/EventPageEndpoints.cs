using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Components;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>Maps the human pages — the index and each event, in Polish and in English — for GET and HEAD, rendered
/// from Razor components (<see cref="RazorComponentResult"/>). The index reads its filters with the same
/// <see cref="EventQueryParser"/> as <c>GET /events</c> and the feed.</summary>
internal static class EventPageEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapEventPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", GetAndHead, IndexAsync).WithName("Site_Index_pl").ExcludeFromDescription();
        endpoints.MapMethods("/en", GetAndHead, IndexAsync).WithName("Site_Index_en").ExcludeFromDescription();
        endpoints.MapMethods("/wydarzenia/{slug}", GetAndHead, EventAsync).WithName("Site_Event_pl").ExcludeFromDescription();
        endpoints.MapMethods("/en/events/{slug}", GetAndHead, EventAsync).WithName("Site_Event_en").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> IndexAsync(
        HttpRequest request, IEventCatalog catalog, IOptions<PrbEventsOptions> options, IOptions<SiteOptions> site,
        IDateTimeZoneProvider zones, IClock clock, CancellationToken ct)
    {
        var language = SiteLanguage.Of(request.Path);
        var snapshot = await catalog.GetSnapshotAsync(ct);
        var parsed = EventQueryParser.TryParse(request.Query, options.Value, zones, paged: true, out var query, out var problem);
        query ??= new EventQuery(pageSize: options.Value.DefaultPageSize);
        var model = IndexModel.Build(language, snapshot, query, problem, clock.GetCurrentInstant(), site.Value.PublicBaseUrl, options.Value.DefaultPageSize);
        return new HeadAwareResult(new RazorComponentResult<IndexPage>(new { Model = model })
        {
            StatusCode = parsed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        });
    }

    private static async Task<IResult> EventAsync(
        string slug, HttpRequest request, IEventCatalog catalog, IOptions<SiteOptions> site, IDateTimeZoneProvider zones, IClock clock,
        CancellationToken ct)
    {
        var language = SiteLanguage.Of(request.Path);
        var snapshot = await catalog.GetSnapshotAsync(ct);
        if (snapshot.Find(slug) is not { } entry)
        {
            return new HeadAwareResult(new RazorComponentResult<NotFoundPage>(new { Language = language }) { StatusCode = StatusCodes.Status404NotFound });
        }

        // The zone switch: ?tz= an IANA zone shows the times and the day headings in that zone. Anything else is said
        // (400, the page in the event's own zone), never silently ignored.
        DateTimeZone? viewerZone = null;
        EventQueryProblem? problem = null;
        if (request.Query.TryGetValue(EventQueryParser.Zone, out var tz))
        {
            viewerZone = tz.Count == 1 ? zones.GetZoneOrNull(tz[0] ?? string.Empty) : null;
            problem = viewerZone is null ? new EventQueryProblem(EventQueryParser.Zone, $"'{tz}' is not one IANA time zone id such as Europe/Warsaw.") : null;
        }

        var model = EventPageModel.Build(language, entry, viewerZone, clock.GetCurrentInstant(), site.Value.PublicBaseUrl, problem);
        return new HeadAwareResult(new RazorComponentResult<EventPage>(new { Model = model })
        {
            StatusCode = problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        });
    }
}
