using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// One occurrence of a series that is moved or changed: it keeps its place in the series (its original date, which
/// RFC 5545 calls the <c>RECURRENCE-ID</c>) and takes new times, and optionally its own title, description or status.
/// </summary>
/// <remarks>An override with <see cref="EventStatus.Cancelled"/> keeps the occurrence listed as cancelled; an occurrence
/// left out altogether is named in <see cref="EventSeries.CancelledDates"/>. That the original date is an occurrence of
/// the rule, and that the end is after the start, is reported by <see cref="EventValidator"/>.</remarks>
public sealed class OccurrenceOverride
{
    /// <summary>Initializes an override.</summary>
    /// <param name="originalDate">The local date the rule gives the occurrence.</param>
    /// <param name="start">When the occurrence now starts, in the event's zone.</param>
    /// <param name="end">When it now ends.</param>
    /// <param name="title">Its own title, or null for the event's.</param>
    /// <param name="description">Its own description, or null for the event's.</param>
    /// <param name="status">Its own status, or null for the event's.</param>
    /// <exception cref="ArgumentException">A text is not valid event text.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined, or the date is outside <see cref="EventLimits"/>.</exception>
    public OccurrenceOverride(LocalDate originalDate, EventTime start, EventTime end, string? title = null, string? description = null, EventStatus? status = null)
    {
        OriginalDate = EventLimits.CheckDate(originalDate, nameof(originalDate));
        Start = start;
        End = end;
        Title = Preconditions.CheckOptionalText(title, nameof(title));
        Description = Preconditions.CheckOptionalText(description, nameof(description));
        if (status is not null)
        {
            Preconditions.CheckDefined(status.GetValueOrDefault(), nameof(status));
        }

        Status = status;
    }

    /// <summary>Gets the local date the rule gives the occurrence, which names it.</summary>
    public LocalDate OriginalDate { get; }

    /// <summary>Gets when the occurrence starts.</summary>
    public EventTime Start { get; }

    /// <summary>Gets when the occurrence ends.</summary>
    public EventTime End { get; }

    /// <summary>Gets the occurrence's own title, or null when it has the event's.</summary>
    public string? Title { get; }

    /// <summary>Gets the occurrence's own description, or null when it has the event's.</summary>
    public string? Description { get; }

    /// <summary>Gets the occurrence's own status, or null when it has the event's.</summary>
    public EventStatus? Status { get; }
}
