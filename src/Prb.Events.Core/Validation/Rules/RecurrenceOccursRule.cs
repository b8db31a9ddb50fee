using System.Globalization;

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
    public void Check(ValidationContext context, List<Diagnostic> diagnostics)
    {
        if (context.Event.Series?.Rule is not { } rule || context.SeriesDates is not { IsUsable: true } dates
            || (rule.Until is { } until && until < context.Event.Days[0].Date))
        {
            return;
        }

        var start = context.Event.Days[0].Date;
        if (dates.FirstDate() is not { } first)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RecurrenceNeverOccurs, "series.rule",
                $"The rule {rule} never gives a date from {Format(start)} on (such as the 31st of a month it limits to February, or a sixth weekday of a month); the series would have no occurrence."));
        }
        else if (first != start)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SeriesStartNotOccurrence, "days[0].start",
                $"The series starts on {Format(start)}, which its rule {rule} does not give; its first date from then is {Format(first)}. Start the series on a date of its rule.",
                "series.rule"));
        }
    }

    private static string Format(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
