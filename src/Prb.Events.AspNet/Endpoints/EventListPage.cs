namespace Prb.Events.AspNet.Endpoints;

/// <summary>A page of the event list.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many events match the query.</param>
/// <param name="Items">The events of this page, earliest start first.</param>
public sealed record EventListPage(int Page, int PageSize, int Total, IReadOnlyList<EventSummary> Items);
