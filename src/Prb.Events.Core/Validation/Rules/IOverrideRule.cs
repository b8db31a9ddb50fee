namespace Prb.Events.Validation.Rules;

/// <summary>A check of one moved or changed occurrence of a series. <see cref="EachOverride"/> runs override rules on
/// every override in turn, so that the diagnostics of an override come together.</summary>
internal interface IOverrideRule
{
    /// <summary>Reports the problems of this rule's concern in one override.</summary>
    /// <param name="context">The event and what every rule reads about it.</param>
    /// <param name="override">The override.</param>
    /// <param name="index">Its index in <see cref="EventSeries.Overrides"/>.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    void Check(ValidationContext context, OccurrenceOverride @override, int index, List<Diagnostic> diagnostics);
}
