using NodaTime;

#pragma warning disable CA1812 // Instantiated by System.Text.Json.
#pragma warning disable CA1002, CA2227 // Plain data transfer shapes of the document format.

namespace Prb.Events;

/// <summary>The shapes of a series (format 1.1).</summary>
internal static partial class Dto
{
    internal sealed class Series
    {
        public required RecurrenceRule Rule { get; init; }

        public List<LocalDate>? CancelledDates { get; init; }

        public List<OccurrenceOverride>? Overrides { get; init; }
    }

    internal sealed class RecurrenceRule
    {
        public required RecurrenceFrequency Frequency { get; init; }

        public int? Interval { get; init; }

        public List<string>? ByDay { get; init; }

        public List<int>? ByMonthDay { get; init; }

        public List<int>? ByMonth { get; init; }

        public LocalDate? Until { get; init; }

        public int? Count { get; init; }
    }

    internal sealed class OccurrenceOverride
    {
        public required LocalDate OriginalDate { get; init; }

        public required EventTime Start { get; init; }

        public required EventTime End { get; init; }

        public string? Title { get; init; }

        public string? Description { get; init; }

        public EventStatus? Status { get; init; }
    }
}
