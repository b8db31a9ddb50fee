using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Prb.Events.AspNet.Http;

/// <summary>RFC 9110 conditional GET: If-None-Match (weak comparison, <c>*</c>) and, without it, If-Modified-Since.</summary>
internal static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, string etag, Instant lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            {
                return false;
            }

            var ours = new EntityTagHeaderValue(etag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
        }

        var ifModifiedSince = request.GetTypedHeaders().IfModifiedSince;
        return ifModifiedSince is { } since && lastModified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }
}
