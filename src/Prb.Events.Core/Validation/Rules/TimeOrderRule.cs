namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.EndNotAfterStart"/>: each day of the event, each agenda item and each moved
/// occurrence of a series ends after it starts, comparing the local times as written.</summary>
internal sealed class TimeOrderRule : IDayRule, IAgendaItemRule, IOverrideRule
{
    /// <inheritdoc />
    void IDayRule.Check(ValidationContext context, EventDay day, int index, List<Diagnostic> diagnostics)
    {
        if (!EndsAfterStart(day.Start, day.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"days[{index}].end",
                $"Day {index + 1} ends at {day.End}, not after its start at {day.Start}."));
        }
    }

    /// <inheritdoc />
    void IAgendaItemRule.Check(ValidationContext context, AgendaItem item, int index, List<Diagnostic> diagnostics)
    {
        if (!EndsAfterStart(item.Start, item.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"agenda[{index}].end",
                $"Agenda item '{item.Title}' ends at {item.End}, not after its start at {item.Start}."));
        }
    }

    /// <inheritdoc />
    void IOverrideRule.Check(ValidationContext context, OccurrenceOverride @override, int index, List<Diagnostic> diagnostics)
    {
        if (!EndsAfterStart(@override.Start, @override.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"series.overrides[{index}].end",
                $"The occurrence of {@override.OriginalDate:uuuu-MM-dd} ends at {@override.End}, not after its new start at {@override.Start}."));
        }
    }

    /// <summary>Determines whether a span of time ends after it starts: the one condition of this rule, which other
    /// rules use to skip what it reports.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>True when <paramref name="end"/> is after <paramref name="start"/>.</returns>
    internal static bool EndsAfterStart(EventTime start, EventTime end) => end.CompareTo(start) > 0;
}
