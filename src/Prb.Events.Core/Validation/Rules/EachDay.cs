namespace Prb.Events.Validation.Rules;

/// <summary>Runs day rules on each day of the event in turn: the diagnostics come by day, and within a day in the order
/// of the rules.</summary>
/// <param name="rules">The rules.</param>
internal sealed class EachDay(params IDayRule[] rules) : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var days = context.Event.Days;
        for (var index = 0; index < days.Count; index++)
        {
            var day = days[index];
            foreach (var rule in rules)
            {
                rule.Check(context, day, index, diagnostics);
            }
        }
    }
}
