using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Prb.Events;
using Prb.Events.AspNet.Endpoints;
using Prb.Events.Hosting;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Prb.Events endpoints into an ASP.NET Core host.</summary>
public static class PrbEventsEndpointRouteBuilderExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps the event endpoints under a prefix: <c>GET {prefix}</c> (the list, filtered and paged),
    /// <c>GET {prefix}/{slug}</c> (the event document, or any registered format by content negotiation), and every
    /// registered export format at the routes of what it writes — one event (<c>{prefix}/{slug}.ics</c>), one agenda
    /// item (<c>{prefix}/{slug}/agenda/{itemId}.ics</c>), the feed of the catalogue (<c>{prefix}/calendar.ics</c>) —
    /// all from the one contract <see cref="Prb.Events.Export.IEventExportFormat"/>, for iCalendar and your own formats
    /// alike. Every endpoint answers HEAD, sends a strong ETag and answers a matching <c>If-None-Match</c> with 304;
    /// errors are RFC 9457 problem details.
    /// </summary>
    /// <param name="endpoints">The route builder, usually the web application.</param>
    /// <param name="pattern">The prefix, <c>/events</c> by default.</param>
    /// <returns>The convention builder of the group, to add authorization, rate limiting or output caching to all endpoints.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddPrbEvents()</c> was not called on the host's services, or two
    /// registered formats share a name or a route.</exception>
    public static IEndpointConventionBuilder MapPrbEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/events")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        if (endpoints.ServiceProvider.GetService<PrbEventsMarker>() is null)
        {
            throw new InvalidOperationException(
                "The Prb.Events services are not registered. Call services.AddPrbEvents(...) when configuring the host's services, before app.MapPrbEvents().");
        }

        var registry = endpoints.ServiceProvider.GetRequiredService<ExportFormatRegistry>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<PrbEventsOptions>>().Value;
        var group = endpoints.MapGroup(pattern);
        group.WithTags("Events");
        group.AddOpenApiOperationTransformer(HeadOpenApi.Describe);

        // Every answer, problem details included, is to be taken for the media type it declares.
        group.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        group.MapMethods(string.Empty, GetAndHead, EventEndpoints.ListAsync)
            .WithName("PrbEvents_List")
            .WithSummary("Lists events, filtered by dates (in a zone), voivodeship, organiser, kind, audience and a search, in pages.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddOpenApiOperationTransformer(EventQueryOpenApi.Describe(options, paged: true));

        foreach (var registration in registry.Registrations)
        {
            MapFormat(group, registration, options);
        }

        group.MapMethods("/{slug}", GetAndHead, EventEndpoints.GetAsync)
            .WithName("PrbEvents_Get")
            .WithSummary("The event: its JSON document, or any registered format by content negotiation.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);
        return group;
    }

    /// <summary>
    /// Maps the editing endpoints under a prefix, apart from the read endpoints so that the host puts its own
    /// authorization on them: <c>PUT {prefix}/{slug}</c> creates the event (201 with Location) or replaces it (200),
    /// <c>DELETE {prefix}/{slug}</c> deletes it (204), through the host's <see cref="IEventStore"/>.
    /// </summary>
    /// <remarks>
    /// <para>Replacing or deleting needs <c>If-Match</c> with the ETag of the version it changes — the ETag that
    /// <c>GET {prefix}/{slug}</c> sends with the JSON document — or <c>*</c>: 428 when it is missing, 412 when the event
    /// has changed since (of many clients that read one version, exactly one succeeds). <c>If-None-Match: *</c> makes
    /// a PUT create only, and an <c>If-None-Match</c> that names the current ETag refuses the change (412). A 200 or 201 carries the document stored and its new ETag.</para>
    /// <para>The body is an event document (<see cref="EventDocumentSerializer"/>) of at most
    /// <see cref="PrbEventsOptions.MaxDocumentSize"/> bytes (else 413) whose slug is the one of the address (else 400);
    /// one that cannot be read is 400 naming the JSON path and line. It is checked with the host's
    /// <see cref="EventValidator"/> — <see cref="EventValidator.ValidateUpdate(Event, Event)"/> against the stored
    /// version when replacing, so the revision must rise when times or status change — and refused with 422, whose
    /// problem details list every diagnostic (<c>diagnostics: [{ code, severity, path, message }]</c>).</para>
    /// </remarks>
    /// <param name="endpoints">The route builder, usually the web application.</param>
    /// <param name="pattern">The prefix, <c>/events</c> by default: the one of <see cref="MapPrbEvents"/>, so the
    /// address written is the address read.</param>
    /// <returns>The convention builder of the group, to require authorization (for example
    /// <c>.RequireAuthorization(policy =&gt; policy.RequireRole("editor"))</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddPrbEvents()</c> was not called on the host's services.</exception>
    public static IEndpointConventionBuilder MapPrbEventsEditing(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/events")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        if (endpoints.ServiceProvider.GetService<PrbEventsMarker>() is null)
        {
            throw new InvalidOperationException(
                "The Prb.Events services are not registered. Call services.AddPrbEvents(...) when configuring the host's services, before app.MapPrbEventsEditing().");
        }

        var group = endpoints.MapGroup(pattern);
        group.WithTags("Events editing");
        group.AddEndpointFilter(static (context, next) =>
        {
            context.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        group.MapPut("/{slug}", EditingEndpoints.PutAsync)
            .WithName("PrbEvents_Put")
            .WithSummary("Creates the event, or replaces it with If-Match naming the version replaced.")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        group.MapDelete("/{slug}", EditingEndpoints.DeleteAsync)
            .WithName("PrbEvents_Delete")
            .WithSummary("Deletes the event, with If-Match naming the version deleted.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return group;
    }

    private static void MapFormat(RouteGroupBuilder group, ExportFormatRegistration registration, PrbEventsOptions options)
    {
        var format = registration.Format;
        var feedRoute = registration.FeedRoute;
        if (feedRoute is not null)
        {
            group.MapMethods("/" + feedRoute, GetAndHead,
                    (HttpRequest request, IEventCatalog catalog, IOptions<PrbEventsOptions> options, IDateTimeZoneProvider zones, CancellationToken ct) =>
                        EventEndpoints.ExportFeedAsync(request, registration, catalog, options, zones, ct))
                .WithName($"PrbEvents_{format.Name}_Feed")
                .WithSummary($"The events of the catalogue as one {format.MediaType} feed, for subscription; the list's filters choose which.")
                .Produces(StatusCodes.Status200OK, contentType: format.MediaType)
                .Produces(StatusCodes.Status304NotModified)
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .AddOpenApiOperationTransformer(EventQueryOpenApi.Describe(options, paged: false));
        }

        var itemRoute = registration.AgendaItemRoute;
        if (itemRoute is not null)
        {
            group.MapMethods("/" + itemRoute, GetAndHead,
                    (string slug, string itemId, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken ct) =>
                        EventEndpoints.ExportAgendaItemAsync(slug, itemId, registration, catalog, options, ct))
                .WithName($"PrbEvents_{format.Name}_AgendaItem")
                .WithSummary($"One agenda item as {format.MediaType}: \"add this session to my calendar\".")
                .Produces(StatusCodes.Status200OK, contentType: format.MediaType)
                .Produces(StatusCodes.Status304NotModified)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        foreach (var route in registration.EventRoutes)
        {
            group.MapMethods("/" + route, GetAndHead,
                    (string slug, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken ct) =>
                        EventEndpoints.ExportEventAsync(slug, registration, catalog, options, ct))
                .WithName($"PrbEvents_{format.Name}_{route}")
                .WithSummary($"The event as {format.MediaType}, for download.")
                .Produces(StatusCodes.Status200OK, contentType: format.MediaType)
                .Produces(StatusCodes.Status304NotModified)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }
}
