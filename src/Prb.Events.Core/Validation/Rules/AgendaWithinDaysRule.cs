namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.OutsideEventDays"/>: each agenda item lies within one day of the event, comparing
/// local times as written.</summary>
/// <remarks>An item that does not end after it starts is left to <see cref="TimeOrderRule"/>.</remarks>
internal sealed class AgendaWithinDaysRule : IAgendaItemRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, AgendaItem item, int index, List<Diagnostic> diagnostics)
    {
        // Most items lie within a day, so that is checked first.
        var day = context.Days.Find(item.Start);
        if ((day < 0 || !context.Event.Days[day].Contains(item.Start, item.End)) && TimeOrderRule.EndsAfterStart(item.Start, item.End))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutsideEventDays, $"agenda[{index}]",
                $"Agenda item '{item.Title}' ({item.Start} to {item.End}) is not within any day of the event."));
        }
    }
}
