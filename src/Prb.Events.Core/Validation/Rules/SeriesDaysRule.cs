namespace Prb.Events.Validation.Rules;

/// <summary><see cref="DiagnosticCodes.SeriesWithSeveralDays"/>: a series has exactly one day, its first occurrence,
/// whose local times every occurrence repeats.</summary>
internal sealed class SeriesDaysRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        var days = context.Event.Days;
        if (context.Event.IsSeries && days.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SeriesWithSeveralDays, "days[1]",
                $"A series has one day, its first occurrence, but this one has {days.Count}; make each day an event of its own, or repeat one day by the rule.",
                "series"));
        }
    }
}
