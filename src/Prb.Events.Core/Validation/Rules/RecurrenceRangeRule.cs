using System.Globalization;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.RecurrenceIntervalNotPositive"/>, <see cref="DiagnosticCodes.RecurrenceCountNotPositive"/>,
/// <see cref="DiagnosticCodes.RecurrenceCountTooLarge"/> and <see cref="DiagnosticCodes.RecurrenceUntilBeforeStart"/>: a
/// series' rule repeats every 1 or more periods, makes 1 to <see cref="EventLimits.MaxRecurrenceCount"/> occurrences,
/// and does not end before its first day.
/// </summary>
internal sealed class RecurrenceRangeRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        if (context.Event.Series?.Rule is not { } rule)
        {
            return;
        }

        if (rule.Interval < 1)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RecurrenceIntervalNotPositive, "series.rule.interval",
                string.Create(CultureInfo.InvariantCulture, $"The interval is {rule.Interval}; a rule repeats every 1 or more periods.")));
        }

        if (rule.Count is { } count and < 1)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RecurrenceCountNotPositive, "series.rule.count",
                string.Create(CultureInfo.InvariantCulture, $"The count is {count}; a series has at least one occurrence, its first day.")));
        }
        else if (rule.Count is { } large and > EventLimits.MaxRecurrenceCount)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RecurrenceCountTooLarge, "series.rule.count",
                string.Create(CultureInfo.InvariantCulture,
                    $"The count is {large}; a counted series has at most {EventLimits.MaxRecurrenceCount} occurrences. Give a longer series an end date (until) or none.")));
        }

        if (rule.Until is { } until && until < context.Event.Days[0].Date)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RecurrenceUntilBeforeStart, "series.rule.until",
                string.Create(CultureInfo.InvariantCulture, $"The series ends on {until:uuuu-MM-dd}, before its first day on {context.Event.Days[0].Date:uuuu-MM-dd}."),
                "days[0].start"));
        }
    }
}
