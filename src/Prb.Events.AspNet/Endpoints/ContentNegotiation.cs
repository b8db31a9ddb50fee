using Microsoft.Net.Http.Headers;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Picks the format of <c>GET {prefix}/{slug}</c> from the Accept header, among the formats that write events.</summary>
internal static class ContentNegotiation
{
    /// <summary>The highest-quality range that a format matches; the first registered (the JSON document) for no header
    /// or <c>*/*</c>; null when nothing acceptable is registered.</summary>
    public static ExportFormatRegistration? Negotiate(ExportFormatRegistry registry, IList<string>? accept)
    {
        var candidates = registry.Supporting(EventExportScopes.Event).ToList();
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return candidates.Count > 0 ? candidates[0] : null;
        }

        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality is 0)
            {
                continue;
            }

            foreach (var registration in candidates)
            {
                if (MediaTypeHeaderValue.TryParse(registration.Format.MediaType, out var type) && type.IsSubsetOf(range))
                {
                    return registration;
                }
            }
        }

        return null;
    }
}
