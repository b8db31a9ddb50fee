using NodaTime;

namespace Prb.Events.Ical.Internal;

/// <summary>What this package takes from one VEVENT, before it becomes an event or an agenda item.</summary>
internal sealed class ParsedEvent
{
    internal required ComponentNode Node { get; init; }

    internal required string Uid { get; init; }

    internal string? ParentUid { get; init; }

    internal required TimeValue Start { get; init; }

    internal required TimeValue End { get; init; }

    internal required string Summary { get; init; }

    internal string? Description { get; init; }

    internal string? Location { get; init; }

    internal required IReadOnlyList<string> Categories { get; init; }

    internal GeoCoordinate? Geo { get; init; }

    internal Uri? Url { get; init; }

    internal Uri? OnlineUrl { get; init; }

    internal bool IsCancelled { get; init; }

    internal int Sequence { get; init; }

    internal Instant? LastModified { get; init; }
}
