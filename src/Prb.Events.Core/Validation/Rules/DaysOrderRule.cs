namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.DaysOutOfOrder"/>: each day of the event starts no earlier than the day before it
/// ends, so that the days are listed in order and do not overlap.</summary>
internal sealed class DaysOrderRule : IDayRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, int day, List<Diagnostic> diagnostics)
    {
        var days = context.Event.Days;
        if (day > 0 && days[day].Start.CompareTo(days[day - 1].End) < 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DaysOutOfOrder, $"days[{day}].start",
                $"Day {day + 1} starts at {days[day].Start}, before day {day} ends at {days[day - 1].End}; list the days in order without overlap.",
                $"days[{day - 1}].end"));
        }
    }
}
