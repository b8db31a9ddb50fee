using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using NodaTime;
using NodaTime.Text;

namespace Prb.Events.Hosting;

/// <summary>
/// Reads an <see cref="EventQuery"/> from query-string parameters — the one reading of the list endpoint, the feed and
/// the site — and names the parameter of anything it refuses. Parameters: <c>q</c> (search), <c>from</c>, <c>to</c>
/// (ISO dates), <c>tz</c> (IANA zone of the dates), <c>region</c> (voivodeship token), <c>organizer</c> (id or part of
/// the name), <c>kind</c>, <c>audience</c> (tokens, <see cref="EnumTokens"/>), and for a paged list <c>page</c> and
/// <c>pageSize</c>. Each is given at most once; an unknown parameter is refused, never ignored. A parameter with an
/// empty or white-space value is no filter, as an HTML form sends a field left blank.
/// </summary>
public static class EventQueryParser
{
    /// <summary>The search parameter.</summary>
    public const string Text = "q";

    /// <summary>The first-date parameter.</summary>
    public const string From = "from";

    /// <summary>The last-date parameter.</summary>
    public const string To = "to";

    /// <summary>The zone parameter.</summary>
    public const string Zone = "tz";

    /// <summary>The voivodeship parameter.</summary>
    public const string Region = "region";

    /// <summary>The organiser parameter.</summary>
    public const string Organizer = "organizer";

    /// <summary>The kind parameter.</summary>
    public const string Kind = "kind";

    /// <summary>The audience parameter.</summary>
    public const string Audience = "audience";

    /// <summary>The page parameter.</summary>
    public const string Page = "page";

    /// <summary>The page-size parameter.</summary>
    public const string PageSize = "pageSize";

    private static readonly string[] s_filters = [Text, From, To, Zone, Region, Organizer, Kind, Audience];

    private static readonly string[] s_paged = [.. s_filters, Page, PageSize];

    /// <summary>Gets the names of the filter parameters, in the order <see cref="EventQuery.ToParameters(bool, int)"/> writes them.</summary>
    public static IReadOnlyList<string> FilterParameters => s_filters;

    /// <summary>Reads a query.</summary>
    /// <param name="parameters">The query string's parameters, such as ASP.NET Core's <c>IQueryCollection</c>.</param>
    /// <param name="options">The page sizes (<see cref="PrbEventsOptions.DefaultPageSize"/>, <see cref="PrbEventsOptions.MaxPageSize"/>).</param>
    /// <param name="zones">The zone provider for <c>tz</c>.</param>
    /// <param name="paged">Whether <c>page</c> and <c>pageSize</c> are parameters (the list) or refused (a feed holds every match).</param>
    /// <param name="query">The query when read; otherwise null.</param>
    /// <param name="problem">The parameter at fault and why when not read; otherwise null.</param>
    /// <returns>True when read.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryParse(
        IEnumerable<KeyValuePair<string, StringValues>> parameters,
        PrbEventsOptions options,
        IDateTimeZoneProvider zones,
        bool paged,
        [NotNullWhen(true)] out EventQuery? query,
        [NotNullWhen(false)] out EventQueryProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(zones);
        problem = Read(parameters, options, zones, paged, out query);
        return problem is null;
    }

    private static EventQueryProblem? Read(
        IEnumerable<KeyValuePair<string, StringValues>> parameters, PrbEventsOptions options, IDateTimeZoneProvider zones, bool paged,
        out EventQuery? query)
    {
        query = null;
        var known = paged ? s_paged : s_filters;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                var hint = !paged && (key == Page || key == PageSize) ? " A feed holds every match and has no pages." : string.Empty;
                return new(key, $"'{key}' is not a parameter here; use {string.Join(", ", known)}.{hint}");
            }

            if (value.Count != 1)
            {
                return new(key, $"'{key}' is given {value.Count} times; give it once.");
            }

            if (!string.IsNullOrWhiteSpace(value[0]))
            {
                values[key] = value[0]!;
            }
        }

        LocalDate? from = null, to = null;
        // No pattern variable is used after its condition here: a mutated condition would leave it unassigned, and the
        // mutation testing tool would then leave the whole method unmutated (see docs/mutation-testing.md).
        if (values.TryGetValue(From, out var fromText))
        {
            var parsed = LocalDatePattern.Iso.Parse(fromText);
            if (!parsed.Success)
            {
                return new(From, $"'{fromText}' is not a date such as 2011-11-09.");
            }

            from = parsed.Value;
        }

        if (values.TryGetValue(To, out var toText))
        {
            var parsed = LocalDatePattern.Iso.Parse(toText);
            if (!parsed.Success)
            {
                return new(To, $"'{toText}' is not a date such as 2011-11-30.");
            }

            to = parsed.Value;
        }

        if (to < from)
        {
            return new(To, $"'to' ({to:uuuu-MM-dd}) is before 'from' ({from:uuuu-MM-dd}).");
        }

        DateTimeZone? zone = null;
        if (values.TryGetValue(Zone, out var zoneText))
        {
            zone = zones.GetZoneOrNull(zoneText);
            if (zone is null)
            {
                return new(Zone, $"'{zoneText}' is not an IANA time zone id such as Europe/Warsaw.");
            }
        }

        var badRegion = Token<Voivodeship>(values, Region, "a voivodeship", out var region);
        if (badRegion is not null)
        {
            return badRegion;
        }

        var badKind = Token<EventKind>(values, Kind, "an event kind", out var kind);
        if (badKind is not null)
        {
            return badKind;
        }

        var badAudience = Token<Audience>(values, Audience, "an audience", out var audience);
        if (badAudience is not null)
        {
            return badAudience;
        }

        var badOrganizer = TextValue(values, Organizer, out var organizer);
        if (badOrganizer is not null)
        {
            return badOrganizer;
        }

        var badText = TextValue(values, Text, out var text);
        if (badText is not null)
        {
            return badText;
        }

        var page = 1;
        if (values.TryGetValue(Page, out var pageText)
            && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return new(Page, $"'{pageText}' is not a page number from 1.");
        }

        var pageSize = options.DefaultPageSize;
        if (values.TryGetValue(PageSize, out var sizeText)
            && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > options.MaxPageSize))
        {
            return new(PageSize, $"'{sizeText}' is not a page size from 1 to {options.MaxPageSize}.");
        }

        query = new EventQuery(from, to, zone, organizer, region, kind, audience, text, page, pageSize);
        return null;
    }

    private static EventQueryProblem? Token<TEnum>(Dictionary<string, string> values, string name, string what, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (!values.TryGetValue(name, out var token))
        {
            return null;
        }

        if (!EnumTokens.TryParse<TEnum>(token, out var parsed))
        {
            return new(name, $"'{token}' is not {what}; use one of {string.Join(", ", EnumTokens.GetTokens<TEnum>())}.");
        }

        value = parsed;
        return null;
    }

    private static EventQueryProblem? TextValue(Dictionary<string, string> values, string name, out string? value)
    {
        value = null;
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        if (text.Length > EventQuery.MaxTextLength)
        {
            return new(name, $"'{name}' has {text.Length} characters; give at most {EventQuery.MaxTextLength}.");
        }

        value = text;
        return null;
    }
}
