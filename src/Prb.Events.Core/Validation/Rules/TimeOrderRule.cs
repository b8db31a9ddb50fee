using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.EndNotAfterStart"/>: each day of the event, each agenda item and each moved
/// occurrence of a series ends after it starts as written, and does not end before it starts once both times are placed
/// in the event's zone.</summary>
/// <remarks>Written in order, a span can still end first once placed: a start the clocks skip moves forward by the gap
/// (02:30 becomes 03:30 on a spring morning in Europe/Warsaw, so an end at 03:15 comes before it), and a repeated time
/// written with its second offset starts after the same local time without one. Each such time is placed as the
/// schedule and every export place it (<see cref="LocalTimeResolver.ResolveForLength"/>: a skipped time forward by the
/// gap, a repeated one at its first occurrence unless its offset says otherwise), so no export writes an end before
/// its start. A span the gap shrinks to nothing (02:30 to 03:30 that morning) is left to the warning or error about
/// the skipped time (<see cref="DiagnosticCodes.SkippedLocalTime"/>), as the policy says.</remarks>
internal sealed class TimeOrderRule : IDayRule, IAgendaItemRule, IOverrideRule
{
    /// <inheritdoc />
    void IDayRule.Check(ValidationContext context, EventDay day, int index, List<Diagnostic> diagnostics)
    {
        var why = Disorder(context, day.Start, day.End);
        if (why is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"days[{index}].end",
                $"Day {index + 1} ends at {day.End}, not after its start at {day.Start}{why}."));
        }
    }

    /// <inheritdoc />
    void IAgendaItemRule.Check(ValidationContext context, AgendaItem item, int index, List<Diagnostic> diagnostics)
    {
        var why = Disorder(context, item.Start, item.End);
        if (why is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"agenda[{index}].end",
                $"Agenda item '{item.Title}' ends at {item.End}, not after its start at {item.Start}{why}."));
        }
    }

    /// <inheritdoc />
    void IOverrideRule.Check(ValidationContext context, OccurrenceOverride @override, int index, List<Diagnostic> diagnostics)
    {
        var why = Disorder(context, @override.Start, @override.End);
        if (why is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"series.overrides[{index}].end",
                $"The occurrence of {@override.OriginalDate:uuuu-MM-dd} ends at {@override.End}, not after its new start at {@override.Start}{why}."));
        }
    }

    /// <summary>Determines whether a span of time ends after it starts as written: the condition other rules use to
    /// skip what this rule reports.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>True when <paramref name="end"/> is after <paramref name="start"/>.</returns>
    internal static bool EndsAfterStart(EventTime start, EventTime end) => end.CompareTo(start) > 0;

    /// <summary>Null when the span is in order; otherwise what to add to the message: nothing when it is out of order as
    /// written, the placed times when placing them in the zone puts the end before the start.</summary>
    private static string? Disorder(ValidationContext context, EventTime start, EventTime end)
    {
        if (!EndsAfterStart(start, end))
        {
            return string.Empty;
        }

        var zone = context.Zone;
        if (zone is null)
        {
            return null;
        }

        var (placedStart, placedEnd) = (LocalTimeResolver.ResolveForLength(start, zone), LocalTimeResolver.ResolveForLength(end, zone));
        return placedEnd.ToInstant() >= placedStart.ToInstant() ? null
            : $" once both are placed in {zone.Id}, where the clocks change between them: it starts at {Placed(placedStart)} and ends at {Placed(placedEnd)}";
    }

    private static EventTime Placed(ZonedDateTime time) => new(time.LocalDateTime, time.Offset);
}
