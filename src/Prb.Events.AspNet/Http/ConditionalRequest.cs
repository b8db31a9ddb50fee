using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Prb.Events.AspNet.Http;

/// <summary>RFC 9110 conditional GET: If-None-Match (weak comparison, <c>*</c>) and, without it, If-Modified-Since.</summary>
internal static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, Instant lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
            {
                return false;
            }

            foreach (var tag in tags)
            {
                if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
                {
                    return true;
                }
            }

            return false;
        }

        // Most requests are not conditional: look at the raw header before parsing the typed ones.
        if (request.Headers.IfModifiedSince.Count == 0)
        {
            return false;
        }

        var ifModifiedSince = request.GetTypedHeaders().IfModifiedSince;
        return ifModifiedSince is { } since && lastModified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }
}
