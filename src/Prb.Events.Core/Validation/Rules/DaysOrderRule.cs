namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.DaysOutOfOrder"/>: each day of the event starts no earlier than the day before it
/// ends, so that the days are listed in order and do not overlap.</summary>
internal sealed class DaysOrderRule : IDayRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, EventDay day, int index, List<Diagnostic> diagnostics)
    {
        if (index > 0 && context.Event.Days[index - 1] is var before && day.Start.CompareTo(before.End) < 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DaysOutOfOrder, $"days[{index}].start",
                $"Day {index + 1} starts at {day.Start}, before day {index} ends at {before.End}; list the days in order without overlap.",
                $"days[{index - 1}].end"));
        }
    }
}
