namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.OutsideEventDays"/>: each agenda item lies within one day of the event, comparing
/// local times as written.</summary>
/// <remarks>An item that does not end after it starts is left to <see cref="TimeOrderRule"/>.</remarks>
internal sealed class AgendaWithinDaysRule : IAgendaItemRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, int item, List<Diagnostic> diagnostics)
    {
        var value = context.Event.Agenda[item];
        if (!TimeOrderRule.EndsAfterStart(value.Start, value.End))
        {
            return;
        }

        var day = context.Days.Find(value.Start);
        if (day < 0 || !context.Event.Days[day].Contains(value.Start, value.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutsideEventDays, $"agenda[{item}]",
                $"Agenda item '{value.Title}' ({value.Start} to {value.End}) is not within any day of the event."));
        }
    }
}
