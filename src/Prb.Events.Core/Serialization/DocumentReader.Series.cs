namespace Prb.Events;

/// <summary>Reads a series (format 1.1).</summary>
internal static partial class DocumentReader
{
    private static EventSeries Series(Dto.Series s, string path)
    {
        var rulePath = path + ".rule";
        // Never null here: the options respect nullable annotations, so the deserializer refuses "rule": null at $.series.rule.
        var r = s.Rule;
        var byDay = Each(r.ByDay, rulePath + ".byDay", (text, p) =>
        {
            try
            {
                return RecurrenceWeekday.Parse(text);
            }
            catch (FormatException e)
            {
                throw new EventDocumentException(p, e.Message, innerException: e);
            }
        });
        var rule = Make(rulePath, () => new RecurrenceRule(r.Frequency, r.Interval ?? 1, byDay, r.ByMonthDay, r.ByMonth, r.Until, r.Count));
        return Make(path, () => new EventSeries(
            rule,
            s.CancelledDates,
            Each(s.Overrides, path + ".overrides", (o, p) => Make(p, () => new OccurrenceOverride(o.OriginalDate, o.Start, o.End, o.Title, o.Description, o.Status)))));
    }
}
