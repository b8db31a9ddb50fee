using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>Maps the human pages: the list and each event, in Polish and in English.</summary>
internal static class EventPageEndpoints
{
    public static IEndpointRouteBuilder MapEventPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (IEventCatalog catalog, CancellationToken ct) => IndexAsync(catalog, PageText.Polish, ct));
        endpoints.MapGet("/en", (IEventCatalog catalog, CancellationToken ct) => IndexAsync(catalog, PageText.English, ct));
        endpoints.MapGet("/wydarzenia/{slug}", (string slug, HttpRequest request, IEventCatalog catalog, CancellationToken ct) =>
            EventAsync(slug, request, catalog, PageText.Polish, ct));
        endpoints.MapGet("/en/events/{slug}", (string slug, HttpRequest request, IEventCatalog catalog, CancellationToken ct) =>
            EventAsync(slug, request, catalog, PageText.English, ct));
        return endpoints;
    }

    private static async Task<IResult> IndexAsync(IEventCatalog catalog, PageText text, CancellationToken ct)
    {
        var snapshot = await catalog.GetSnapshotAsync(ct);
        return Results.Content(IndexPage.Render(snapshot, text), "text/html; charset=utf-8");
    }

    private static async Task<IResult> EventAsync(string slug, HttpRequest request, IEventCatalog catalog, PageText text, CancellationToken ct)
    {
        var snapshot = await catalog.GetSnapshotAsync(ct);
        if (snapshot.Find(slug) is not { } entry)
        {
            return Results.Content(IndexPage.NotFound(text), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Content(EventPage.Render(entry, text, request.Host.Value ?? "localhost"), "text/html; charset=utf-8");
    }
}
