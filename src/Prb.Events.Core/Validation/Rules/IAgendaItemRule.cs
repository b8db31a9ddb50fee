namespace Prb.Events.Validation.Rules;

/// <summary>A check of one agenda item. <see cref="EachAgendaItem"/> runs item rules on every item in turn, so that
/// the diagnostics of an item come together.</summary>
internal interface IAgendaItemRule
{
    /// <summary>Reports the problems of this rule's concern in one agenda item.</summary>
    /// <param name="context">The event and what every rule reads about it.</param>
    /// <param name="item">The item.</param>
    /// <param name="index">Its index in <see cref="Event.Agenda"/>.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    void Check(ValidationContext context, AgendaItem item, int index, List<Diagnostic> diagnostics);
}
