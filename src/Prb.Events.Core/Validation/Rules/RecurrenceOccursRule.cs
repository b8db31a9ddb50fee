using System.Globalization;
using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.RecurrenceNeverOccurs"/> and <see cref="DiagnosticCodes.SeriesStartNotOccurrence"/>: a
/// series' rule gives dates, and its first day is the first of them (RFC 5545 leaves a start off its own rule undefined).
/// </summary>
/// <remarks>A rule <see cref="RecurrenceRangeRule"/> reports (an interval or count below 1, an end before the start) is
/// left to it. The dates are <see cref="RecurrenceDates"/>', the ones expansion gives, found within one 400-year
/// calendar cycle at most.</remarks>
internal sealed class RecurrenceOccursRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics) =>
        diagnostics.AddRange((context.Event.Series, context.SeriesDates) switch
        {
            ({ } series, { IsUsable: true } dates) => Find(series.Rule, dates, context.Event.Days[0].Date),
            _ => [],
        });

    private static IEnumerable<Diagnostic> Find(RecurrenceRule rule, RecurrenceDates dates, LocalDate start)
    {
        if (rule.Until < start)
        {
            yield break;
        }

        var first = dates.FirstDate();
        if (first is null)
        {
            yield return Diagnostic.Error(DiagnosticCodes.RecurrenceNeverOccurs, "series.rule",
                string.Create(CultureInfo.InvariantCulture, $"The rule {rule} never gives a date from {start:uuuu-MM-dd} on (such as the 31st of a month it limits to February, or a sixth weekday of a month); the series would have no occurrence."));
        }
        else if (first != start)
        {
            yield return Diagnostic.Error(DiagnosticCodes.SeriesStartNotOccurrence, "days[0].start",
                string.Create(CultureInfo.InvariantCulture, $"The series starts on {start:uuuu-MM-dd}, which its rule {rule} does not give; its first date from then is {first:uuuu-MM-dd}. Start the series on a date of its rule."),
                "series.rule");
        }
    }
}
