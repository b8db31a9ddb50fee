using System.Globalization;
using NodaTime;

namespace Prb.Events.Validation.Rules;

/// <summary>
/// <see cref="DiagnosticCodes.NotAnOccurrence"/> and <see cref="DiagnosticCodes.DuplicateOccurrence"/>: every cancelled
/// date and every override names an occurrence the rule gives, and names it once: not cancelled twice, changed twice,
/// or both. Cancelled dates come first, then overrides, each in document order.
/// </summary>
/// <remarks>Whether a date is an occurrence is asked of <see cref="RecurrenceDates.Which"/> for all of them at once (one
/// walk of a counted rule, however many dates are named), as expansion does; nothing is
/// reported about occurrences when the rule itself cannot give dates (an interval or count below 1).</remarks>
internal sealed class OccurrenceReferencesRule : IEventRule
{
    /// <inheritdoc />
    public void Check(ValidationContext context, List<Diagnostic> diagnostics) =>
        diagnostics.AddRange((context.Event.Series, context.SeriesDates) switch
        {
            ({ } series, { IsUsable: true } dates) => Find(series, dates),
            _ => [],
        });

    private static List<Diagnostic> Find(EventSeries series, RecurrenceDates dates)
    {
        var diagnostics = new List<Diagnostic>();
        var named = new Dictionary<LocalDate, string>();
        var occurring = dates.Which(series.CancelledDates.Concat(series.Overrides.Select(o => o.OriginalDate)));
        for (var i = 0; i < series.CancelledDates.Count; i++)
        {
            Check(occurring, series.Rule, series.CancelledDates[i], Invariant($"series.cancelledDates[{i}]"), "cancelled", named, diagnostics);
        }

        for (var i = 0; i < series.Overrides.Count; i++)
        {
            Check(occurring, series.Rule, series.Overrides[i].OriginalDate, Invariant($"series.overrides[{i}].originalDate"), "changed", named, diagnostics);
        }

        return diagnostics;
    }

    private static void Check(HashSet<LocalDate> occurring, RecurrenceRule rule, LocalDate date, string path, string what, Dictionary<LocalDate, string> named, List<Diagnostic> diagnostics)
    {
        var text = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        if (named.TryGetValue(date, out var first))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateOccurrence, path,
                $"The occurrence of {text} is {what} here and already named at {first}; name each occurrence once.", first));
            return;
        }

        named.Add(date, path);
        if (!occurring.Contains(date))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotAnOccurrence, path,
                $"{text} is {what}, but the rule {rule} gives no occurrence on it; name an occurrence by the date the rule gives it.", "series.rule"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
