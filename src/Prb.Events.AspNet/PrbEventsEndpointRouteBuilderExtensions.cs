using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Prb.Events.AspNet.Catalog;
using Prb.Events.AspNet.DependencyInjection;
using Prb.Events.AspNet.Endpoints;
using Microsoft.Extensions.Options;
using Prb.Events.Ical;

namespace Prb.Events.AspNet;

/// <summary>Maps the Prb.Events endpoints into an ASP.NET Core host.</summary>
public static class PrbEventsEndpointRouteBuilderExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Maps the event endpoints under a prefix: <c>GET {prefix}</c> (the list, filtered and paged),
    /// <c>GET {prefix}/{slug}</c> (the event document, or any registered format by content negotiation), and each
    /// registered export format at its routes (such as <c>{prefix}/{slug}.json</c>). With <c>AddIcalendar()</c> also
    /// <c>{prefix}/calendar.ics</c> (the feed) and <c>{prefix}/{slug}/agenda/{itemId}.ics</c> (one item). Every endpoint answers HEAD,
    /// sends a strong ETag and answers a matching <c>If-None-Match</c> with 304; errors are RFC 9457 problem details.
    /// </summary>
    /// <param name="endpoints">The route builder, usually the web application.</param>
    /// <param name="pattern">The prefix, <c>/events</c> by default.</param>
    /// <returns>The convention builder of the group, to add authorization, rate limiting or output caching to all endpoints.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddPrbEvents()</c> was not called on the host's services.</exception>
    public static IEndpointConventionBuilder MapPrbEvents(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/events")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        if (endpoints.ServiceProvider.GetService<PrbEventsMarker>() is null)
        {
            throw new InvalidOperationException(
                "The Prb.Events services are not registered. Call services.AddPrbEvents(...) when configuring the host's services, before app.MapPrbEvents().");
        }

        var group = endpoints.MapGroup(pattern);
        group.WithTags("Events");
        group.MapMethods(string.Empty, GetAndHead, EventEndpoints.ListAsync)
            .WithName("PrbEvents_List")
            .WithSummary("Lists events, filtered by dates (in a zone), organiser, region and kind, in pages.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        if (endpoints.ServiceProvider.GetService<IcalendarExporter>() is not null)
        {
            group.MapMethods("/calendar.ics", GetAndHead, IcalendarEndpoints.FeedAsync)
                .WithName("PrbEvents_Feed")
                .WithSummary("Every event of the catalogue as one iCalendar feed, for subscription (webcal).")
                .Produces(StatusCodes.Status200OK, contentType: IcalendarExporter.ContentType)
                .Produces(StatusCodes.Status304NotModified);
            group.MapMethods("/{slug}/agenda/{itemId}.ics", GetAndHead, IcalendarEndpoints.ItemAsync)
                .WithName("PrbEvents_AgendaItemIcs")
                .WithSummary("One agenda item as iCalendar: \"add this session to my calendar\".")
                .Produces(StatusCodes.Status200OK, contentType: IcalendarExporter.ContentType)
                .Produces(StatusCodes.Status304NotModified)
                .ProducesProblem(StatusCodes.Status404NotFound);
        }

        var registry = endpoints.ServiceProvider.GetRequiredService<ExportFormatRegistry>();
        foreach (var registration in registry.Registrations)
        {
            foreach (var route in registration.Routes)
            {
                group.MapMethods("/" + route, GetAndHead,
                        (string slug, IEventCatalog catalog, IOptions<PrbEventsOptions> options, CancellationToken ct) =>
                            EventEndpoints.ExportAsync(slug, registration, catalog, options, ct))
                    .WithName($"PrbEvents_{registration.Format.Name}_{route}")
                    .WithSummary($"The event as {registration.Format.MediaType}, for download.")
                    .Produces(StatusCodes.Status200OK, contentType: registration.Format.MediaType)
                    .Produces(StatusCodes.Status304NotModified)
                    .ProducesProblem(StatusCodes.Status404NotFound);
            }
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
}
