namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.EndNotAfterStart"/>: each day of the event and each agenda item ends after it
/// starts, comparing the local times as written.</summary>
internal sealed class TimeOrderRule : IDayRule, IAgendaItemRule
{
    /// <inheritdoc />
    void IDayRule.Check(ValidationContext context, int day, List<Diagnostic> diagnostics)
    {
        var value = context.Event.Days[day];
        if (!EndsAfterStart(value.Start, value.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"days[{day}].end",
                $"Day {day + 1} ends at {value.End}, not after its start at {value.Start}."));
        }
    }

    /// <inheritdoc />
    void IAgendaItemRule.Check(ValidationContext context, int item, List<Diagnostic> diagnostics)
    {
        var value = context.Event.Agenda[item];
        if (!EndsAfterStart(value.Start, value.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EndNotAfterStart, $"agenda[{item}].end",
                $"Agenda item '{value.Title}' ends at {value.End}, not after its start at {value.Start}."));
        }
    }

    /// <summary>Determines whether a span of time ends after it starts: the one condition of this rule, which other
    /// rules use to skip what it reports.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>True when <paramref name="end"/> is after <paramref name="start"/>.</returns>
    internal static bool EndsAfterStart(EventTime start, EventTime end) => end.CompareTo(start) > 0;
}
