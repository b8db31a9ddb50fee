namespace Prb.Events.Validation.Rules;

/// <summary>Runs item rules on each agenda item in turn: the diagnostics come by item, and within an item in the order
/// of the rules.</summary>
/// <param name="rules">The rules.</param>
internal sealed class EachAgendaItem(params IAgendaItemRule[] rules) : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var agenda = context.Event.Agenda;
        for (var index = 0; index < agenda.Count; index++)
        {
            var item = agenda[index];
            foreach (var rule in rules)
            {
                rule.Check(context, item, index, diagnostics);
            }
        }
    }
}
