using NodaTime;

namespace Prb.Events.Tests.Series;

/// <summary>
/// An independent reading of RFC 5545 for the parts the model has, written for clarity rather than speed: every day from
/// the first date on is looked at, and it is an occurrence when its period is one of the rule's (every interval-th from
/// the first date's) and each part, given or implied, accepts it. The oracle for <see cref="RecurrenceDates"/>' jumps.
/// </summary>
internal static class NaiveRecurrence
{
    internal static IEnumerable<LocalDate> Dates(RecurrenceRule rule, LocalDate first, LocalDate through)
    {
        var taken = 0;
        var end = rule.Until is { } until && until < through ? until : through;
        for (var date = first; date <= end; date = date.PlusDays(1))
        {
            if (Occurs(rule, first, date))
            {
                yield return date;
                if (++taken == rule.Count)
                {
                    yield break;
                }
            }

            if (date == EventLimits.MaxDate)
            {
                yield break;
            }
        }
    }

    private static bool Occurs(RecurrenceRule rule, LocalDate first, LocalDate date)
    {
        var periods = rule.Frequency switch
        {
            RecurrenceFrequency.Daily => Period.Between(first, date, PeriodUnits.Days).Days,
            RecurrenceFrequency.Weekly => Period.Between(Monday(first), Monday(date), PeriodUnits.Days).Days / 7,
            RecurrenceFrequency.Monthly => ((date.Year - first.Year) * 12) + date.Month - first.Month,
            _ => date.Year - first.Year,
        };
        if (periods % rule.Interval != 0)
        {
            return false;
        }

        var months = rule.ByMonth.Count > 0 ? rule.ByMonth
            : rule.Frequency == RecurrenceFrequency.Yearly && rule.ByDay.Count == 0 && rule.ByMonthDay.Count == 0 ? [first.Month]
            : null;
        if (months is not null && !months.Contains(date.Month))
        {
            return false;
        }

        var monthLength = date.Calendar.GetDaysInMonth(date.Year, date.Month);
        if (rule.ByMonthDay.Count > 0)
        {
            if (!rule.ByMonthDay.Any(d => (d > 0 ? d : monthLength + d + 1) == date.Day))
            {
                return false;
            }
        }
        else if (rule.ByDay.Count == 0 && rule.Frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly && date.Day != first.Day)
        {
            return false;
        }

        if (rule.ByDay.Count == 0)
        {
            return rule.Frequency != RecurrenceFrequency.Weekly || date.DayOfWeek == first.DayOfWeek;
        }

        var inYear = rule.Frequency == RecurrenceFrequency.Yearly && rule.ByMonth.Count == 0;
        var (day, length) = inYear ? (date.DayOfYear, date.Calendar.GetDaysInYear(date.Year)) : (date.Day, monthLength);
        return rule.ByDay.Any(w => w.Day == date.DayOfWeek && (w.Ordinal == 0
            || (w.Ordinal > 0 ? (day - 1) / 7 == w.Ordinal - 1 : (length - day) / 7 == -w.Ordinal - 1)));
    }

    private static LocalDate Monday(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);
}
