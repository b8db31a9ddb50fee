using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;
using Prb.Events.Hosting;

namespace Prb.Events.AspNet.Endpoints;

/// <summary>The query of <c>GET {prefix}</c>: date range (in a zone), organiser, region, kind, page.</summary>
internal sealed record EventListQuery(LocalDate? From, LocalDate? To, DateTimeZone? Zone, string? Organizer, Voivodeship? Region, EventKind? Kind, int Page, int PageSize)
{
    internal static readonly string[] Parameters = ["from", "to", "tz", "organizer", "region", "kind", "page", "pageSize"];

    /// <summary>Reads the query; on failure names the parameter and says what is wrong.</summary>
    public static bool TryParse(
        IQueryCollection query, PrbEventsOptions options, IDateTimeZoneProvider zones, out EventListQuery result, out string parameter, out string problem)
    {
        result = new EventListQuery(null, null, null, null, null, null, 1, options.DefaultPageSize);
        parameter = problem = string.Empty;
        foreach (var key in query.Keys)
        {
            if (!Parameters.Contains(key, StringComparer.Ordinal))
            {
                (parameter, problem) = (key, $"'{key}' is not a parameter of this list; use {string.Join(", ", Parameters)}.");
                return false;
            }

            if (query[key].Count != 1)
            {
                (parameter, problem) = (key, $"'{key}' is given {query[key].Count} times; give it once.");
                return false;
            }
        }

        LocalDate? from = null, to = null;
        if (query.TryGetValue("from", out var fromText))
        {
            if (LocalDatePattern.Iso.Parse(fromText.ToString()) is not { Success: true } parsed)
            {
                (parameter, problem) = ("from", $"'{fromText}' is not a date such as 2011-11-09.");
                return false;
            }

            from = parsed.Value;
        }

        if (query.TryGetValue("to", out var toText))
        {
            if (LocalDatePattern.Iso.Parse(toText.ToString()) is not { Success: true } parsed)
            {
                (parameter, problem) = ("to", $"'{toText}' is not a date such as 2011-11-30.");
                return false;
            }

            to = parsed.Value;
        }

        if (from is { } f && to is { } t && t < f)
        {
            (parameter, problem) = ("to", $"'to' ({t:uuuu-MM-dd}) is before 'from' ({f:uuuu-MM-dd}).");
            return false;
        }

        DateTimeZone? zone = null;
        if (query.TryGetValue("tz", out var zoneText))
        {
            zone = zones.GetZoneOrNull(zoneText.ToString());
            if (zone is null)
            {
                (parameter, problem) = ("tz", $"'{zoneText}' is not an IANA time zone id such as Europe/Warsaw.");
                return false;
            }
        }

        Voivodeship? region = null;
        if (query.TryGetValue("region", out var regionText))
        {
            if (!EnumTokens.TryParse<Voivodeship>(regionText.ToString(), out var r))
            {
                (parameter, problem) = ("region", $"'{regionText}' is not a voivodeship; use one of {Names<Voivodeship>()}.");
                return false;
            }

            region = r;
        }

        EventKind? kind = null;
        if (query.TryGetValue("kind", out var kindText))
        {
            if (!EnumTokens.TryParse<EventKind>(kindText.ToString(), out var k))
            {
                (parameter, problem) = ("kind", $"'{kindText}' is not an event kind; use one of {Names<EventKind>()}.");
                return false;
            }

            kind = k;
        }

        var page = 1;
        if (query.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, out page) || page < 1))
        {
            (parameter, problem) = ("page", $"'{pageText}' is not a page number from 1.");
            return false;
        }

        var pageSize = options.DefaultPageSize;
        if (query.TryGetValue("pageSize", out var sizeText) && (!int.TryParse(sizeText, out pageSize) || pageSize < 1 || pageSize > options.MaxPageSize))
        {
            (parameter, problem) = ("pageSize", $"'{sizeText}' is not a page size from 1 to {options.MaxPageSize}.");
            return false;
        }

        string? organizer = query.TryGetValue("organizer", out var organizerText) ? organizerText.ToString() : null;
        if (organizer is { Length: 0 })
        {
            (parameter, problem) = ("organizer", "'organizer' is empty; give an organiser's id or part of its name.");
            return false;
        }

        result = new EventListQuery(from, to, zone, organizer, region, kind, page, pageSize);
        return true;
    }

    private static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", EnumTokens.GetTokens<TEnum>());
}
