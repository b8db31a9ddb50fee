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
        if (!EventListQuery.TryParse(request.Query, options.Value, zones, out var query, out var parameter, out var problem))
        {
            return BadParameter(parameter, problem);
        }

        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var matching = snapshot.Entries.Where(e => Matches(e, query)).ToList();
        var prefix = request.PathBase + request.Path.Value?.TrimEnd('/');
        var items = matching.Skip((int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue)).Take(query.PageSize)
            .Select(e => Summarize(e, prefix, formats)).ToList();
        return TypedResults.Ok(new EventListPage(query.Page, query.PageSize, matching.Count, items));
    }

    public static async Task<IResult> GetAsync(
        string slug, HttpRequest request, IEventCatalog catalog, ExportFormatRegistry formats,
        IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Find(slug) is not { } entry)
        {
            return UnknownEvent();
        }

        if (ContentNegotiation.Negotiate(formats, request.Headers.Accept) is not { } registration)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status406NotAcceptable,
                title: "Not acceptable",
                detail: $"None of the requested media types is available. Available: {string.Join(", ", formats.Supporting(EventExportScopes.Event).Select(r => r.Format.MediaType))}.");
        }

        return await ServeAsync(ExportRenderer.EventAsync(entry, registration.Format, download: false), registration, options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IResult> ExportEventAsync(
        string slug, ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Find(slug) is not { } entry)
        {
            return UnknownEvent();
        }

        return await ServeAsync(ExportRenderer.EventAsync(entry, registration.Format, download: true), registration, options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IResult> ExportAgendaItemAsync(
        string slug, string itemId, ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options,
        CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Find(slug) is not { } entry)
        {
            return UnknownEvent();
        }

        if (!AgendaItemId.TryParse(itemId, out var id) || entry.Event.FindAgendaItem(id) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown agenda item",
                detail: "The event has no agenda item with this id.");
        }

        return await ServeAsync(ExportRenderer.AgendaItemAsync(entry, id, registration.Format), registration, options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<IResult> ExportFeedAsync(
        ExportFormatRegistration registration, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        return await ServeAsync(ExportRenderer.FeedAsync(snapshot, registration.Format), registration, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves a rendering; an event that a format refuses to write (it says so with the documented
    /// <see cref="ArgumentException"/> or <see cref="NotSupportedException"/>) has no such representation: 404, never 500.</summary>
    private static async Task<IResult> ServeAsync(
        Task<Representation> rendering, ExportFormatRegistration registration, IOptions<PrbEventsOptions> options, CancellationToken cancellationToken)
    {
        try
        {
            return new RepresentationResult(await rendering.WaitAsync(cancellationToken).ConfigureAwait(false), options.Value.CacheMaxAge);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not available in this format",
                detail: $"This cannot be written as {registration.Format.Name}: {e.Message}");
        }
    }

    internal static ProblemHttpResult UnknownEvent() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown event", detail: "No event has this slug.");

    internal static ProblemHttpResult BadParameter(string parameter, string problem) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid query parameter",
            detail: problem,
            extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    private static bool Matches(CatalogEntry entry, EventListQuery query)
    {
        var e = entry.Event;
        if (query.Kind is { } kind && e.Kind != kind)
        {
            return false;
        }

        if (query.Region is { } region && !Regions(e).Contains(region))
        {
            return false;
        }

        if (query.Organizer is { } organizer && !e.OrganizerIds.Any(id =>
                id.Value == organizer || (e.FindOrganizationName(id)?.Contains(organizer, StringComparison.OrdinalIgnoreCase) ?? false)))
        {
            return false;
        }

        if (query.From is null && query.To is null)
        {
            return true;
        }

        if (entry.Schedule.Start is not { } start || entry.Schedule.End is not { } end)
        {
            return false;
        }

        var zone = query.Zone ?? start.Zone;
        var firstDate = DateIn(start, zone, Duration.Zero);
        var lastDate = DateIn(end, zone, -Duration.Epsilon);
        return (query.From is not { } from || lastDate >= from) && (query.To is not { } to || firstDate <= to);
    }

    /// <summary>The date of a time in another zone; at the edges of the time line, where the date in that zone is
    /// beyond what NodaTime represents, the first or last representable date.</summary>
    private static LocalDate DateIn(ZonedDateTime time, DateTimeZone zone, Duration nudge)
    {
        try
        {
            return (time.ToInstant() + nudge).InZone(zone).Date;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return time.Year < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        }
    }

    private static IEnumerable<Voivodeship> Regions(Event e) =>
        e.Libraries.Where(l => e.OrganizerIds.Contains(l.Id)).Select(l => l.Voivodeship).Distinct();

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
            entry.Schedule.Start is { } s ? Iso.Format(s.ToOffsetDateTime()) : null,
            entry.Schedule.End is { } end ? Iso.Format(end.ToOffsetDateTime()) : null,
            e.Venue?.ToString(),
            e.OrganizerIds.Select(id => e.FindOrganizationName(id) ?? id.Value).ToList(),
            Regions(e).Select(EnumTokens.ToToken).ToList(),
            links);
    }
}
