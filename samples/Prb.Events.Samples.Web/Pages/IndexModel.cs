using NodaTime;
using Prb.Events.Hosting;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Pages;

/// <summary>What the index shows: the filters as given, one page of events grouped by month (upcoming first, then past,
/// most recent first), the paging links and the subscription of this very view.</summary>
public sealed class IndexModel
{
    public required SiteLanguage Language { get; init; }

    public required EventQuery Query { get; init; }

    public EventQueryProblem? Problem { get; init; }

    public required IReadOnlyList<MonthGroup> Upcoming { get; init; }

    public required IReadOnlyList<MonthGroup> Past { get; init; }

    public required int Total { get; init; }

    public required int PageCount { get; init; }

    public string? PreviousPage { get; init; }

    public string? NextPage { get; init; }

    public required Uri Feed { get; init; }

    public required string OtherLanguagePath { get; init; }

    public string Webcal => "webcal://" + Feed.Authority + Feed.PathAndQuery;

    public required IReadOnlyList<KeyValuePair<string, string>> Organizers { get; init; }

    internal static IndexModel Build(
        SiteLanguage language, EventCatalogSnapshot snapshot, EventQuery query, EventQueryProblem? problem, Instant now, Uri publicBase, int defaultPageSize)
    {
        var listed = query.Run(snapshot).Matches.Select(e => ListedEvent.Of(e, query.Zone, now)).ToList();
        // In date order as shown: a series stands at its next occurrence (or its last one when past), not its first start.
        var upcoming = listed.Where(e => !e.IsPast).OrderBy(e => e.First ?? LocalDate.MaxIsoValue).ToList();
        var past = listed.Where(e => e.IsPast).Reverse().OrderByDescending(e => e.First ?? LocalDate.MinIsoValue).ToList();
        var page = query.PageOf([.. upcoming, .. past]);
        var pageCount = Math.Max(1, (listed.Count + query.PageSize - 1) / query.PageSize);
        var feedQuery = query.ToQueryString(includePaging: false);
        return new IndexModel
        {
            Language = language,
            Query = query,
            Problem = problem,
            Upcoming = Group(page.Where(e => !e.IsPast)),
            Past = Group(page.Where(e => e.IsPast)),
            Total = listed.Count,
            PageCount = pageCount,
            PreviousPage = query.Page > 1 ? Link(language, query.WithPage(Math.Min(query.Page - 1, pageCount)), defaultPageSize) : null,
            NextPage = query.Page < pageCount ? Link(language, query.WithPage(query.Page + 1), defaultPageSize) : null,
            Feed = new Uri(publicBase, "events/calendar.ics" + (feedQuery.Length == 0 ? string.Empty : "?" + feedQuery)),
            Organizers = OrganizersOf(snapshot),
            OtherLanguagePath = Link(language.Other, query, defaultPageSize),
        };
    }

    private static string Link(SiteLanguage language, EventQuery query, int defaultPageSize)
    {
        var text = query.ToQueryString(includePaging: true, defaultPageSize);
        return text.Length == 0 ? language.IndexPath : $"{language.IndexPath}?{text}";
    }

    private static List<MonthGroup> Group(IEnumerable<ListedEvent> events)
    {
        var groups = new List<MonthGroup>();
        foreach (var e in events)
        {
            if (groups.Count == 0 || groups[^1].Month != e.Month)
            {
                groups.Add(new MonthGroup(e.Month, new List<ListedEvent>()));
            }

            ((List<ListedEvent>)groups[^1].Events).Add(e);
        }

        return groups;
    }

    private static List<KeyValuePair<string, string>> OrganizersOf(EventCatalogSnapshot snapshot)
    {
        var byId = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in snapshot.Entries)
        {
            foreach (var id in entry.Event.OrganizerIds)
            {
                byId.TryAdd(id.Value, entry.Event.FindOrganizationName(id) ?? id.Value);
            }
        }

        return [.. byId.OrderBy(o => o.Value, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), false))];
    }
}

/// <summary>The events of one month (null: dates not known), in the order shown.</summary>
public sealed record MonthGroup(YearMonth? Month, IReadOnlyList<ListedEvent> Events);
