namespace Prb.Events.Validation.Rules;

/// <summary>Runs override rules on each moved or changed occurrence of a series in turn; nothing for a one-off event.</summary>
/// <param name="rules">The rules.</param>
internal sealed class EachOverride(params IOverrideRule[] rules) : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        IReadOnlyList<OccurrenceOverride> overrides = context.Event.Series switch
        {
            { } series => series.Overrides,
            _ => [],
        };
        for (var index = 0; index < overrides.Count; index++)
        {
            foreach (var rule in rules)
            {
                rule.Check(context, overrides[index], index, diagnostics);
            }
        }
    }
}
