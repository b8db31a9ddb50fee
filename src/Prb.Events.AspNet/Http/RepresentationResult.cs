using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Prb.Events.AspNet.Http;

/// <summary>Writes a representation with ETag, Last-Modified, Cache-Control and, for downloads, Content-Disposition;
/// answers 304 to a matching conditional request and sends no body to HEAD.</summary>
internal sealed class RepresentationResult(Representation representation, TimeSpan maxAge) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.ETag = representation.ETag;
        headers.LastModified = representation.LastModified.ToDateTimeOffset().ToString("R", CultureInfo.InvariantCulture);
        headers.CacheControl = $"public, max-age={(long)maxAge.TotalSeconds}";
        headers.Vary = HeaderNames.Accept;
        if (ConditionalRequest.IsNotModified(httpContext.Request, representation.ETag, representation.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = representation.MediaType;
        response.ContentLength = representation.Body.Length;
        if (representation.FileName is { } fileName)
        {
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            headers.ContentDisposition = disposition.ToString();
        }

        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(representation.Body, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
