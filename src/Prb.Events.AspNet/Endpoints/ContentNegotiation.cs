using Microsoft.Net.Http.Headers;
using Prb.Events.Export;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>Picks the format of <c>GET {prefix}/{slug}</c> from the Accept header, among the formats that write events.</summary>
internal static class ContentNegotiation
{
    /// <summary>The format of the highest quality (RFC 9110 12.5.1: a format's quality is that of the most specific
    /// range it matches; 0 refuses it); between equal qualities, the one whose range is listed first, then the first
    /// registered. The first registered (the JSON document) for no header, an unreadable one or <c>*/*</c>; null when
    /// nothing acceptable is registered.</summary>
    public static ExportFormatRegistration? Negotiate(ExportFormatRegistry registry, IList<string>? accept)
    {
        var candidates = registry.Supporting(EventExportScopes.Event).ToList();
        var ranges = RangesOf(accept);
        if (ranges.Count == 0)
        {
            return candidates.FirstOrDefault();
        }

        ExportFormatRegistration? best = null;
        var bestQuality = 0.0;
        var bestRank = int.MaxValue;
        foreach (var registration in candidates)
        {
            var (quality, rank) = QualityOf(registration.Format.MediaType, ranges);
            if (quality > 0 && (quality > bestQuality || (quality == bestQuality && rank < bestRank)))
            {
                best = registration;
                bestQuality = quality;
                bestRank = rank;
            }
        }

        return best;
    }

    private static IList<MediaTypeHeaderValue> RangesOf(IList<string>? accept)
    {
        IList<MediaTypeHeaderValue>? ranges = null;
        var read = accept is { Count: > 0 } && MediaTypeHeaderValue.TryParseList(accept, out ranges);
        return read ? ranges! : [];
    }

    /// <summary>The quality the most specific matching range gives a media type (the first listed among equally
    /// specific ones), with that range's place in the header; quality 0 when no range matches.</summary>
    private static (double Quality, int Rank) QualityOf(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        var type = MediaTypeHeaderValue.Parse(mediaType);
        var quality = 0.0;
        var rank = int.MaxValue;
        var specificity = -1;
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var rangeSpecificity = SpecificityOf(range);
            if (rangeSpecificity > specificity && type.IsSubsetOf(range))
            {
                quality = range.Quality ?? 1.0;
                rank = i;
                specificity = rangeSpecificity;
            }
        }

        return (quality, rank);
    }

    /// <summary><c>*/*</c> 0, <c>type/*</c> 1, <c>type/subtype</c> 2, and one more for each parameter besides q.</summary>
    private static int SpecificityOf(MediaTypeHeaderValue range) =>
        range.MatchesAllTypes ? 0
        : range.MatchesAllSubTypes ? 1
        : 2 + range.Parameters.Count(p => !p.Name.Equals("q", StringComparison.OrdinalIgnoreCase));
}
