using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Prb.Events.AspNet.Http;

/// <summary>Writes a representation with ETag, Last-Modified, Cache-Control and, for downloads, Content-Disposition;
/// answers 304 to a matching conditional request and sends no body to HEAD.</summary>
internal sealed class RepresentationResult(Representation representation, TimeSpan maxAge) : IResult
{
    /// <summary>The last Cache-Control value made, reused while the configured max-age stays the same.</summary>
    private static CacheControlValue? s_cacheControl;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.ETag = representation.ETag;
        headers.LastModified = representation.LastModifiedHeader;
        headers.CacheControl = CacheControl(maxAge);
        headers.Vary = HeaderNames.Accept;
        if (ConditionalRequest.IsNotModified(httpContext.Request, representation.EntityTag, representation.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = representation.MediaType;
        response.ContentLength = representation.Body.Length;
        var disposition = representation.ContentDispositionHeader;
        if (disposition is not null)
        {
            headers.ContentDisposition = disposition;
        }

        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(representation.Body, httpContext.RequestAborted);
        }
    }

    private static string CacheControl(TimeSpan maxAge)
    {
        var cached = s_cacheControl;
        if (cached is null || cached.MaxAge != maxAge)
        {
            cached = new CacheControlValue(maxAge, $"public, max-age={((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)}");
            s_cacheControl = cached;
        }

        return cached.Value;
    }

    private sealed record CacheControlValue(TimeSpan MaxAge, string Value);
}
