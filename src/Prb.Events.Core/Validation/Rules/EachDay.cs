namespace Prb.Events.Validation.Rules;

/// <summary>Runs day rules on each day of the event in turn: the diagnostics come by day, and within a day in the order
/// of the rules.</summary>
/// <param name="rules">The rules.</param>
internal sealed class EachDay(params IDayRule[] rules) : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        for (var day = 0; day < context.Event.Days.Count; day++)
        {
            foreach (var rule in rules)
            {
                rule.Check(context, day, diagnostics);
            }
        }
    }
}
