namespace Prb.Events.Validation.Rules;

/// <summary>Runs override rules on each moved or changed occurrence of a series in turn; nothing for a one-off event.</summary>
/// <param name="rules">The rules.</param>
internal sealed class EachOverride(params IOverrideRule[] rules) : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        if (context.Event.Series is not { } series)
        {
            return;
        }

        for (var index = 0; index < series.Overrides.Count; index++)
        {
            foreach (var rule in rules)
            {
                rule.Check(context, series.Overrides[index], index, diagnostics);
            }
        }
    }
}
