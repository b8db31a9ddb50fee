using System.Globalization;
using NodaTime;

namespace Prb.Events.Hosting;

/// <summary>
/// The filters and the page of the event list — dates, voivodeship, organiser, kind, audience, a free-text search — written
/// once for every place that lists events: the list endpoint, the filtered feed and the site. Immutable; read one from a
/// query string with <see cref="EventQueryParser"/> and write it back with <see cref="ToParameters(bool, int)"/>.
/// </summary>
public sealed class EventQuery
{
    /// <summary>The longest search text and organiser filter accepted, in UTF-16 code units.</summary>
    public const int MaxTextLength = 200;

    private readonly string[] _words;
    private readonly string[] _organizerWords;

    /// <summary>Initializes a query.</summary>
    /// <param name="from">The first date, or null.</param>
    /// <param name="to">The last date, or null; not before <paramref name="from"/>.</param>
    /// <param name="zone">The zone the dates are in, or null for each event's own zone.</param>
    /// <param name="organizer">An organiser's id, or part of its name; null for any.</param>
    /// <param name="region">The voivodeship of an organising library, or null.</param>
    /// <param name="kind">The kind of event, or null.</param>
    /// <param name="audience">An audience, or null. An event for <see cref="Audience.Everyone"/> is for every audience.</param>
    /// <param name="text">Words that must all appear in the event, ignoring case and diacritics; null for none.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">The page size, from 1.</param>
    /// <exception cref="ArgumentException">A text is empty, white space or longer than <see cref="MaxTextLength"/>, or
    /// <paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined, or a page number or size is below 1.</exception>
    public EventQuery(
        LocalDate? from = null,
        LocalDate? to = null,
        DateTimeZone? zone = null,
        string? organizer = null,
        Voivodeship? region = null,
        EventKind? kind = null,
        Audience? audience = null,
        string? text = null,
        int page = 1,
        int pageSize = 20)
    {
        // No pattern variable is used after its condition in this class: a mutated condition would leave it unassigned,
        // and the mutation testing tool would then leave the whole method unmutated (see docs/mutation-testing.md).
        Check(!(to < from), nameof(to), "The last date must not be before the first date.");
        Check(organizer is null || (!string.IsNullOrWhiteSpace(organizer) && organizer.Length <= MaxTextLength), nameof(organizer),
            $"An organiser filter has 1 to {MaxTextLength} characters, not all white space.");
        Check(text is null || (!string.IsNullOrWhiteSpace(text) && text.Length <= MaxTextLength), nameof(text),
            $"A search has 1 to {MaxTextLength} characters, not all white space.");
        CheckRange(region is null || Enum.IsDefined(region.Value), nameof(region), region, "Not a voivodeship.");
        CheckRange(kind is null || Enum.IsDefined(kind.Value), nameof(kind), kind, "Not an event kind.");
        CheckRange(audience is null || Enum.IsDefined(audience.Value), nameof(audience), audience, "Not an audience.");
        CheckRange(page >= 1, nameof(page), page, "Pages are numbered from 1.");
        CheckRange(pageSize >= 1, nameof(pageSize), pageSize, "A page holds at least one event.");
        From = from;
        To = to;
        Zone = zone;
        Organizer = organizer;
        Region = region;
        Kind = kind;
        Audience = audience;
        Text = text;
        Page = page;
        PageSize = pageSize;
        _words = text is null ? [] : SearchText.Words(text);
        _organizerWords = organizer is null ? [] : SearchText.Words(organizer);
    }

    /// <summary>Gets the first date, or null.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last date, or null.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets the zone the dates are in, or null for each event's own zone.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>Gets the organiser's id or part of its name, or null.</summary>
    public string? Organizer { get; }

    /// <summary>Gets the voivodeship, or null.</summary>
    public Voivodeship? Region { get; }

    /// <summary>Gets the kind, or null.</summary>
    public EventKind? Kind { get; }

    /// <summary>Gets the audience, or null.</summary>
    public Audience? Audience { get; }

    /// <summary>Gets the search text, or null.</summary>
    public string? Text { get; }

    /// <summary>Gets the page, from 1.</summary>
    public int Page { get; }

    /// <summary>Gets the page size.</summary>
    public int PageSize { get; }

    /// <summary>Gets whether any filter is set (paging and the zone aside).</summary>
    public bool IsFiltered => From is not null || To is not null || Organizer is not null || Region is not null || Kind is not null
        || Audience is not null || Text is not null;

    /// <summary>Returns this query at another page.</summary>
    /// <param name="page">The page, from 1.</param>
    /// <returns>The query.</returns>
    public EventQuery WithPage(int page) => new(From, To, Zone, Organizer, Region, Kind, Audience, Text, page, PageSize);

    /// <summary>Determines whether an event passes every filter.</summary>
    /// <param name="entry">The catalogue entry.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public bool Matches(CatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var e = entry.Event;
        if (Kind is not null && e.Kind != Kind)
        {
            return false;
        }

        if (Region is not null && !RegionsOf(e).Contains(Region.Value))
        {
            return false;
        }

        if (Audience is not null && !e.Audiences.Contains(Audience.Value) && !e.Audiences.Contains(Events.Audience.Everyone))
        {
            return false;
        }

        if (Organizer is not null && !IsOrganizedBy(e, Organizer))
        {
            return false;
        }

        if (Text is not null && !SearchText.ContainsAll(SearchText.Of(e), _words))
        {
            return false;
        }

        return EventDates.FallsIn(entry, From, To, Zone);
    }

    /// <summary>Runs the query on a snapshot: every match in the snapshot's order, and the requested page of them.</summary>
    /// <param name="snapshot">The catalogue snapshot.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    public EventQueryResult Run(EventCatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var matches = snapshot.Entries.Where(Matches).ToArray();
        return new EventQueryResult(this, matches, PageOf(matches));
    }

    /// <summary>Takes this query's page of a list in the caller's order, such as upcoming events first and then past ones.</summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <param name="items">The items in order.</param>
    /// <returns>The items of <see cref="Page"/>; empty beyond the last page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public IReadOnlyList<T> PageOf<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var skip = (long)(Page - 1) * PageSize;
        return skip >= items.Count ? [] : items.Skip((int)skip).Take(PageSize).ToArray();
    }

    /// <summary>Writes the query as query-string parameters, in a fixed order and only those set, so that one query
    /// always gives one URL (the feed's address and ETag depend on nothing else).</summary>
    /// <param name="includePaging">Whether to write <c>page</c> and <c>pageSize</c> (when not the defaults of 1 and <paramref name="defaultPageSize"/>).</param>
    /// <param name="defaultPageSize">The page size left out as the default.</param>
    /// <returns>The parameters, not yet escaped.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(bool includePaging, int defaultPageSize = 20)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parameters.Add(new(name, value));
            }
        }

        Add(EventQueryParser.Text, Text);
        Add(EventQueryParser.From, From?.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));
        Add(EventQueryParser.To, To?.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture));
        Add(EventQueryParser.Zone, Zone?.Id);
        Add(EventQueryParser.Region, Region is null ? null : EnumTokens.ToToken(Region.Value));
        Add(EventQueryParser.Organizer, Organizer);
        Add(EventQueryParser.Kind, Kind is null ? null : EnumTokens.ToToken(Kind.Value));
        Add(EventQueryParser.Audience, Audience is null ? null : EnumTokens.ToToken(Audience.Value));
        if (includePaging)
        {
            Add(EventQueryParser.Page, Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
            Add(EventQueryParser.PageSize, PageSize == defaultPageSize ? null : PageSize.ToString(CultureInfo.InvariantCulture));
        }

        return parameters;
    }

    /// <summary>Writes the query as an escaped query string without the leading <c>?</c>; empty for no parameters.</summary>
    /// <param name="includePaging">Whether to write the page and page size.</param>
    /// <param name="defaultPageSize">The page size left out as the default.</param>
    /// <returns>The query string.</returns>
    public string ToQueryString(bool includePaging, int defaultPageSize = 20) =>
        string.Join('&', ToParameters(includePaging, defaultPageSize).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>Gets the voivodeships of an event's organising libraries, each once.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The voivodeships, in the order of the organisers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public static IReadOnlyList<Voivodeship> RegionsOf(Event @event)
    {
        ArgumentNullException.ThrowIfNull(@event, nameof(@event));
        return @event.Libraries.Where(l => @event.OrganizerIds.Contains(l.Id)).Select(l => l.Voivodeship).Distinct().ToArray();
    }

    private static void Check(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    private static void CheckRange(bool condition, string paramName, object? actualValue, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }

    private bool IsOrganizedBy(Event e, string organizer)
    {
        foreach (var id in e.OrganizerIds)
        {
            var name = e.FindOrganizationName(id);
            if (string.Equals(id.Value, organizer, StringComparison.Ordinal)
                || (name is not null && SearchText.ContainsAll(SearchText.Fold(name), _organizerWords)))
            {
                return true;
            }
        }

        return false;
    }
}
