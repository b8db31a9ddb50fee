using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Prb.Events.AspNet.Http;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>The handlers behind <c>MapPrbEvents()</c>: small static methods with their services injected.</summary>
internal static class EventEndpoints
{
    private static readonly OffsetDateTimePattern Iso = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static async Task<Results<Ok<EventListPage>, ProblemHttpResult>> ListAsync(
        HttpRequest request, IEventCatalog catalog, IOptions<PrbEventsOptions> options, ExportFormatRegistry formats,
        IDateTimeZoneProvider zones, CancellationToken cancellationToken)
    {
        if (!EventQueryParser.TryParse(request.Query, options.Value, zones, paged: true, out var query, out var problem))
        {
            return BadParameter(problem);
        }

        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var result = query.Run(snapshot);
        var prefix = request.PathBase + request.Path.Value?.TrimEnd('/');
        var items = result.Page.Select(e => Summarize(e, prefix, formats)).ToList();
        return TypedResults.Ok(new EventListPage(query.Page, query.PageSize, result.Total, items));
    }

    public static async Task<IResult> GetAsync(
        string slug, HttpRequest request, IEventCatalog catalog, ExportFormatRegistry formats,
        IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var entry = snapshot.Find(slug);
        if (entry is null)
        {
            return UnknownEvent();
        }

        var registration = ContentNegotiation.Negotiate(formats, request.Headers.Accept);
        if (registration is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status406NotAcceptable,
                title: "Not acceptable",
                detail: $"None of the requested media types is available. Available: {string.Join(", ", formats.Supporting(EventExportScopes.Event).Select(r => r.Format.MediaType))}.");
        }

        return await ServeAsync(ExportRenderer.EventAsync(entry, registration.Format, download: false), registration, options, cancellationToken);
    }

    public static async Task<IResult> ExportEventAsync(
        string slug, ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var entry = snapshot.Find(slug);
        if (entry is null)
        {
            return UnknownEvent();
        }

        return await ServeAsync(ExportRenderer.EventAsync(entry, registration.Format, download: true), registration, options, cancellationToken);
    }

    public static async Task<IResult> ExportAgendaItemAsync(
        string slug, string itemId, ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options,
        CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var entry = snapshot.Find(slug);
        if (entry is null)
        {
            return UnknownEvent();
        }

        if (!AgendaItemId.TryParse(itemId, out var id) || entry.Event.FindAgendaItem(id) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown agenda item",
                detail: "The event has no agenda item with this id.");
        }

        return await ServeAsync(ExportRenderer.AgendaItemAsync(entry, id, registration.Format), registration, options, cancellationToken);
    }

    public static async Task<IResult> ExportFeedAsync(
        HttpRequest request, ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options,
        IDateTimeZoneProvider zones, CancellationToken cancellationToken)
    {
        if (!EventQueryParser.TryParse(request.Query, options.Value, zones, paged: false, out var query, out var problem))
        {
            return BadParameter(problem);
        }

        var snapshot = await catalog.GetSnapshotAsync(cancellationToken);
        var rendering = query.IsFiltered
            ? ExportRenderer.FilteredFeedAsync(snapshot, query.Run(snapshot).Matches, registration.Format)
            : ExportRenderer.FeedAsync(snapshot, registration.Format);
        return await ServeAsync(rendering, registration, options, cancellationToken);
    }

    /// <summary>Serves a rendering; an event that a format refuses to write (it says so with the documented
    /// <see cref="ArgumentException"/> or <see cref="NotSupportedException"/>) has no such representation: 404, never 500.</summary>
    private static async Task<IResult> ServeAsync(
        Task<Representation> rendering, ExportFormatRegistration registration, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        try
        {
            return new RepresentationResult(await rendering.WaitAsync(cancellationToken), options.Value.CacheMaxAge);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not available in this format",
                detail: $"This cannot be written as {registration.Format.Name}: {e.Message}");
        }
    }

    internal static ProblemHttpResult UnknownEvent() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown event", detail: "No event has this slug.");

    internal static ProblemHttpResult BadParameter(EventQueryProblem problem) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid query parameter",
            detail: problem.Detail,
            extensions: new Dictionary<string, object?> { ["parameter"] = problem.Parameter });

    private static EventSummary Summarize(CatalogEntry entry, string prefix, ExportFormatRegistry formats)
    {
        var e = entry.Event;
        var self = $"{prefix}/{Uri.EscapeDataString(e.Slug.Value)}";
        var links = new Dictionary<string, string>(StringComparer.Ordinal) { ["self"] = self };
        foreach (var registration in formats.Supporting(EventExportScopes.Event))
        {
            links[registration.Format.Name] = $"{prefix}/{registration.EventRoutes[0].Replace("{slug}", Uri.EscapeDataString(e.Slug.Value), StringComparison.Ordinal)}";
        }

        return new EventSummary(
            e.Id.Value,
            e.Slug.Value,
            e.Title,
            e.Edition,
            EnumTokens.ToToken(e.Kind),
            EnumTokens.ToToken(e.Status),
            e.TimeZoneId,
            Format(entry.Schedule.Start),
            Format(entry.Schedule.End),
            e.Venue?.ToString(),
            e.OrganizerIds.Select(id => e.FindOrganizationName(id) ?? id.Value).ToList(),
            EventQuery.RegionsOf(e).Select(EnumTokens.ToToken).ToList(),
            e.Audiences.Select(EnumTokens.ToToken).ToList(),
            links);
    }

    private static string? Format(ZonedDateTime? time) => time.HasValue ? Iso.Format(time.GetValueOrDefault().ToOffsetDateTime()) : null;
}
