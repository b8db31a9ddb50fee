namespace Prb.Events.AspNet.Endpoints;

/// <summary>One event in the list response.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Slug">The slug.</param>
/// <param name="Title">The title.</param>
/// <param name="Edition">The edition, or null.</param>
/// <param name="Kind">The kind, kebab-case.</param>
/// <param name="Status">The status, kebab-case.</param>
/// <param name="TimeZone">The event's IANA zone.</param>
/// <param name="Start">The start with its UTC offset, or null when it cannot be resolved.</param>
/// <param name="End">The end with its UTC offset, or null.</param>
/// <param name="Venue">The venue on one line, or null.</param>
/// <param name="Organizers">The organisers' names.</param>
/// <param name="Regions">The voivodeships of the organising libraries, kebab-case.</param>
/// <param name="Audiences">Whom the event is meant for, kebab-case.</param>
/// <param name="Links">The event's representations by format name, relative to the host.</param>
public sealed record EventSummary(
    string Id,
    string Slug,
    string Title,
    string? Edition,
    string Kind,
    string Status,
    string TimeZone,
    string? Start,
    string? End,
    string? Venue,
    IReadOnlyList<string> Organizers,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Audiences,
    IReadOnlyDictionary<string, string> Links);
