namespace Prb.Events.Schedules;

/// <summary>One agenda item as schedule.xml and schedule.json show it: every value already in its written form.</summary>
internal sealed class ScheduleItem
{
    /// <summary>Gets the positive number derived from <see cref="Guid"/>, unique within the schedule.</summary>
    internal required int Id { get; init; }

    /// <summary>Gets the name-based UUID of the item.</summary>
    internal required Guid Guid { get; init; }

    /// <summary>Gets the start with its offset.</summary>
    internal required string Date { get; init; }

    /// <summary>Gets the end with its offset.</summary>
    internal required string End { get; init; }

    /// <summary>Gets the wall-clock start in the event's zone, <c>HH:mm</c>.</summary>
    internal required string Start { get; init; }

    /// <summary>Gets the elapsed time from start to end, <c>HH:mm</c>.</summary>
    internal required string Duration { get; init; }

    /// <summary>Gets the room's name.</summary>
    internal required string Room { get; init; }

    /// <summary>Gets the slug, unique within the schedule.</summary>
    internal required string Slug { get; init; }

    /// <summary>Gets an absolute URI of the item: the event's web page with the item id as fragment, or <c>urn:uuid:</c> and the UUID.</summary>
    internal required string Url { get; init; }

    /// <summary>Gets the http(s) URL of the item, or null when the event has no http(s) web page.</summary>
    internal required string? HttpUrl { get; init; }

    /// <summary>Gets the title, exactly as the agenda gives it.</summary>
    internal required string Title { get; init; }

    /// <summary>Gets the subtitle that marks a cancelled or rescheduled item, or null.</summary>
    internal required string? Subtitle { get; init; }

    /// <summary>Gets the track: the item's own, or the default track of the event's language.</summary>
    internal required string Track { get; init; }

    /// <summary>Gets the type, such as <c>lecture</c> or <c>break</c>.</summary>
    internal required string Type { get; init; }

    /// <summary>Gets the language tag.</summary>
    internal required string Language { get; init; }

    /// <summary>Gets the description, or an empty string.</summary>
    internal required string Abstract { get; init; }

    /// <summary>Gets whether the item is cancelled.</summary>
    internal required bool IsCancelled { get; init; }

    /// <summary>Gets the speakers, in the agenda's order, each once.</summary>
    internal required IReadOnlyList<SchedulePerson> Persons { get; init; }
}
