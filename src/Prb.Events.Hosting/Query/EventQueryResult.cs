namespace Prb.Events.Hosting;

/// <summary>What a query found in one catalogue snapshot.</summary>
public sealed class EventQueryResult
{
    internal EventQueryResult(EventQuery query, IReadOnlyList<CatalogEntry> matches, IReadOnlyList<CatalogEntry> page)
    {
        Query = query;
        Matches = matches;
        Page = page;
    }

    /// <summary>Gets the query.</summary>
    public EventQuery Query { get; }

    /// <summary>Gets every matching entry, earliest start first: what a feed holds.</summary>
    public IReadOnlyList<CatalogEntry> Matches { get; }

    /// <summary>Gets the entries of the requested page.</summary>
    public IReadOnlyList<CatalogEntry> Page { get; }

    /// <summary>Gets how many entries match.</summary>
    public int Total => Matches.Count;

    /// <summary>Gets how many pages the matches fill; at least 1.</summary>
    public int PageCount => Math.Max(1, (int)((Matches.Count + (long)Query.PageSize - 1) / Query.PageSize));
}
