namespace Prb.Events;

/// <summary>Writes a series (format 1.1).</summary>
internal static partial class DocumentWriter
{
    private static Dto.Series? Series(EventSeries? s) => s is null ? null : new Dto.Series
    {
        Rule = new Dto.RecurrenceRule
        {
            Frequency = s.Rule.Frequency,
            Interval = s.Rule.Interval == 1 ? null : s.Rule.Interval,
            ByDay = List(s.Rule.ByDay, d => d.ToString()),
            ByMonthDay = List(s.Rule.ByMonthDay, d => d),
            ByMonth = List(s.Rule.ByMonth, m => m),
            Until = s.Rule.Until,
            Count = s.Rule.Count,
        },
        CancelledDates = List(s.CancelledDates, d => d),
        Overrides = List(s.Overrides, o => new Dto.OccurrenceOverride
        {
            OriginalDate = o.OriginalDate,
            Start = o.Start,
            End = o.End,
            Title = o.Title,
            Description = o.Description,
            Status = o.Status,
        }),
    };
}
