using System.Globalization;
using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.RecurrenceIntervalNotPositive"/>, <see cref="DiagnosticCodes.RecurrenceCountNotPositive"/>,
/// <see cref="DiagnosticCodes.RecurrenceCountTooLarge"/> and <see cref="DiagnosticCodes.RecurrenceUntilBeforeStart"/>: a
/// series' rule repeats every 1 or more periods, makes 1 to <see cref="EventLimits.MaxRecurrenceCount"/> occurrences,
/// and does not end before its first day.
/// </summary>
/// <remarks>The optional parts are compared as nullable values (a missing count or end is never below anything), so that
/// no pattern variable has to outlive its condition: every mutant of this file compiles (docs/mutation-testing.md).</remarks>
internal sealed class RecurrenceRangeRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics) =>
        diagnostics.AddRange(context.Event.Series switch
        {
            { } series => Find(series.Rule, context.Event.Days[0].Date),
            _ => [],
        });

    private static IEnumerable<Diagnostic> Find(RecurrenceRule rule, LocalDate start)
    {
        if (rule.Interval < 1)
        {
            yield return Diagnostic.Error(DiagnosticCodes.RecurrenceIntervalNotPositive, "series.rule.interval",
                string.Create(CultureInfo.InvariantCulture, $"The interval is {rule.Interval}; a rule repeats every 1 or more periods."));
        }

        if (rule.Count < 1)
        {
            yield return Diagnostic.Error(DiagnosticCodes.RecurrenceCountNotPositive, "series.rule.count",
                string.Create(CultureInfo.InvariantCulture, $"The count is {rule.Count}; a series has at least one occurrence, its first day."));
        }
        else if (rule.Count > EventLimits.MaxRecurrenceCount)
        {
            yield return Diagnostic.Error(DiagnosticCodes.RecurrenceCountTooLarge, "series.rule.count",
                string.Create(CultureInfo.InvariantCulture,
                    $"The count is {rule.Count}; a counted series has at most {EventLimits.MaxRecurrenceCount} occurrences. Give a longer series an end date (until) or none."));
        }

        if (rule.Until < start)
        {
            yield return Diagnostic.Error(DiagnosticCodes.RecurrenceUntilBeforeStart, "series.rule.until",
                string.Create(CultureInfo.InvariantCulture, $"The series ends on {rule.Until:uuuu-MM-dd}, before its first day on {start:uuuu-MM-dd}."),
                "days[0].start");
        }
    }
}
