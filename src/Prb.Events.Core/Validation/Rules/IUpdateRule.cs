namespace Prb.Events.Validation.Rules;

/// <summary>A check between two revisions of an event, run by <see cref="EventValidator.ValidateUpdate"/> after the new
/// revision's own checks.</summary>
internal interface IUpdateRule
{
    /// <summary>Reports the problems of this rule's concern between two revisions.</summary>
    /// <param name="previous">The revision published before.</param>
    /// <param name="next">The new revision.</param>
    /// <param name="diagnostics">Receives the diagnostics.</param>
    void Check(Event previous, Event next, List<Diagnostic> diagnostics);
}
