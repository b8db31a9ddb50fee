using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Prb.Events.Hosting;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>Maps the human pages — the list and each event, in Polish and in English — for GET and HEAD. A page is
/// rendered once per catalogue change and kept with the catalogue entry or snapshot it shows.</summary>
internal static class EventPageEndpoints
{
    private const string Html = "text/html; charset=utf-8";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]>> s_pages = [];

    public static IEndpointRouteBuilder MapEventPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", GetAndHead, (IEventCatalog catalog, CancellationToken ct) => IndexAsync(catalog, PageText.Polish, ct));
        endpoints.MapMethods("/en", GetAndHead, (IEventCatalog catalog, CancellationToken ct) => IndexAsync(catalog, PageText.English, ct));
        endpoints.MapMethods("/wydarzenia/{slug}", GetAndHead, (string slug, IEventCatalog catalog, IOptions<SiteOptions> site, CancellationToken ct) =>
            EventAsync(slug, catalog, site.Value, PageText.Polish, ct));
        endpoints.MapMethods("/en/events/{slug}", GetAndHead, (string slug, IEventCatalog catalog, IOptions<SiteOptions> site, CancellationToken ct) =>
            EventAsync(slug, catalog, site.Value, PageText.English, ct));
        return endpoints;
    }

    private static async Task<IResult> IndexAsync(IEventCatalog catalog, PageText text, CancellationToken ct)
    {
        var snapshot = await catalog.GetSnapshotAsync(ct);
        return new PageResult(Page(snapshot, text.Language, () => IndexPage.Render(snapshot, text)), StatusCodes.Status200OK);
    }

    private static async Task<IResult> EventAsync(string slug, IEventCatalog catalog, SiteOptions site, PageText text, CancellationToken ct)
    {
        var snapshot = await catalog.GetSnapshotAsync(ct);
        if (snapshot.Find(slug) is not { } entry)
        {
            return new PageResult(Page(snapshot, "404:" + text.Language, () => IndexPage.NotFound(text)), StatusCodes.Status404NotFound);
        }

        var publicBase = site.PublicBaseUrl;
        return new PageResult(Page(entry, text.Language + " " + publicBase.AbsoluteUri, () => EventPage.Render(entry, text, publicBase)), StatusCodes.Status200OK);
    }

    /// <summary>An HTML page: its UTF-8 bytes with their length, and no body for HEAD.</summary>
    private sealed class PageResult(byte[] body, int statusCode) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = statusCode;
            response.ContentType = Html;
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await response.Body.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }

    private static byte[] Page(object owner, string key, Func<string> render) =>
        s_pages.GetValue(owner, static _ => new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal))
            .GetOrAdd(key, _ => System.Text.Encoding.UTF8.GetBytes(render()));
}
