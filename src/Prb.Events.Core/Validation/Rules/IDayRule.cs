namespace Prb.Events.Validation.Rules;

/// <summary>A check of one day of an event. <see cref="EachDay"/> runs day rules on every day in turn, so that the
/// diagnostics of a day come together.</summary>
internal interface IDayRule
{
    /// <summary>Reports the problems of this rule's concern in one day.</summary>
    /// <param name="context">The event and what every rule reads about it.</param>
    /// <param name="day">The day.</param>
    /// <param name="index">Its index in <see cref="Event.Days"/>.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    void Check(ValidationContext context, EventDay day, int index, List<Diagnostic> diagnostics);
}
