using NodaTime;

namespace Prb.Events;

/// <summary>
/// The local dates a <see cref="RecurrenceRule"/> gives from a first date, in order, lazily: the one place where the rule's
/// RFC 5545 semantics are written.
/// </summary>
/// <remarks>
/// <para>The rule's periods (a day, a Monday-to-Sunday week, a month or a year, every <see cref="RecurrenceRule.Interval"/>
/// of them from the period of the first date) are walked in order; each date of a period that every <c>BYxxx</c> part
/// of the rule accepts is an occurrence (RFC 5545's expand and limit come to this intersection for the parts the model
/// has). Dates before the first date are not occurrences and are not counted.</para>
/// <para>The work is bounded. A rule without a count starts from the period of <c>from</c> rather than the first one.
/// The calendar repeats every 400 years (146,097 days, exactly 20,871 weeks, 4,800 months), so when a whole cycle of
/// periods gives no date the rule will never give one again and the walk stops: a rule that can never match, such as
/// the 31st of February, ends after at most one cycle instead of looping. Nothing runs past <see cref="EventLimits.MaxDate"/>.</para>
/// </remarks>
internal sealed class RecurrenceDates
{
    private const int DaysIn400Years = 146_097;
    private const int WeeksIn400Years = 20_871;
    private const int MonthsIn400Years = 4_800;
    private const int YearsInCycle = 400;

    private readonly RecurrenceRule _rule;
    private readonly LocalDate _first;
    private readonly bool[] _months = new bool[13];
    private readonly bool _anyMonth;
    private readonly bool _ordinalsInYear;
    private readonly int? _defaultDay;
    private readonly IsoDayOfWeek? _defaultWeekday;

    /// <summary>Prepares the dates of a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="first">The first date of the series, the local date of its one day.</param>
    internal RecurrenceDates(RecurrenceRule rule, LocalDate first)
    {
        _rule = rule;
        _first = first;
        var noParts = rule.ByDay.Count == 0 && rule.ByMonthDay.Count == 0;
        foreach (var month in rule.ByMonth)
        {
            _months[month] = true;
        }

        if (rule.ByMonth.Count == 0 && rule.Frequency == RecurrenceFrequency.Yearly && noParts)
        {
            _months[first.Month] = true;
        }

        _anyMonth = !_months.Contains(true);
        _ordinalsInYear = rule.Frequency == RecurrenceFrequency.Yearly && rule.ByMonth.Count == 0;
        _defaultDay = noParts && rule.Frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly ? first.Day : null;
        _defaultWeekday = rule.ByDay.Count == 0 && rule.Frequency == RecurrenceFrequency.Weekly ? first.DayOfWeek : null;
    }

    /// <summary>Gets whether the rule can give dates at all: an interval of at least 1 and a count (when given) from 1 to
    /// <see cref="EventLimits.MaxRecurrenceCount"/>.</summary>
    internal bool IsUsable => _rule.Interval >= 1 && _rule.Count is null or (>= 1 and <= EventLimits.MaxRecurrenceCount);

    /// <summary>Gets the steps this instance has taken: one for each candidate date looked at and one for each jump over
    /// dates that cannot be candidates. The tests bound it to show that the work of a walk is proportional to the dates
    /// it gives and the months it crosses, never to the days; nothing in the library reads it.</summary>
    internal long Steps { get; private set; }

    /// <summary>Enumerates the dates in order.</summary>
    /// <param name="from">The earliest date the caller needs; periods wholly before it are skipped when the rule has no
    /// count. Dates before it may still come.</param>
    /// <returns>The dates, lazily.</returns>
    internal IEnumerable<LocalDate> From(LocalDate from)
    {
        if (!IsUsable)
        {
            yield break;
        }

        var last = Last;
        var remaining = _rule.Count ?? int.MaxValue;
        var cycle = CycleInPeriods();
        var period = _rule.Count is null ? PeriodsBefore(LocalDate.Max(from, _first)) / _rule.Interval : 0L;
        var empty = 0L;
        while (TryPeriodStart(period * _rule.Interval, out var start, out var length) && start <= last)
        {
            // The period's dates from the first date on, up to its end or the rule's, candidate by candidate.
            var end = last.DayNumber() - start.DayNumber() < length - 1 ? last : start.PlusDays(length - 1);
            var found = false;
            var date = LocalDate.Max(start, _first);
            while (date <= end)
            {
                var next = NextCandidate(date, end);
                if (next is null)
                {
                    break;
                }

                var candidate = next.GetValueOrDefault();
                Steps++;
                if (Matches(candidate))
                {
                    found = true;
                    yield return candidate;
                    if (--remaining == 0)
                    {
                        yield break;
                    }
                }

                if (candidate == end)
                {
                    break;
                }

                date = candidate.PlusDays(1);
            }

            if (end == last)
            {
                yield break;
            }

            empty = found ? 0 : empty + 1;
            period++;

            // Periods before the next candidate date give nothing: jump to the one that holds it (or a later one of the
            // rule's), counting those jumped over as empty.
            var following = NextCandidate(end.PlusDays(1), last);
            if (following is null)
            {
                yield break;
            }

            var holding = (PeriodsBefore(following.GetValueOrDefault()) + _rule.Interval - 1) / _rule.Interval;
            if (holding > period)
            {
                empty += holding - period;
                period = holding;
            }

            if (empty > cycle)
            {
                yield break;
            }
        }
    }

    /// <summary>Finds the first date the rule gives, or null when it gives none.</summary>
    /// <returns>The first date.</returns>
    internal LocalDate? FirstDate()
    {
        foreach (var date in From(_first))
        {
            return date;
        }

        return null;
    }

    /// <summary>Determines whether the rule gives a date: at once for a rule without a count (the date lies in one of the
    /// rule's periods, within its dates, and every part accepts it), by a walk from the first date for a counted rule
    /// (whose dates depend on every date before them).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when it is one of the rule's dates.</returns>
    internal bool Contains(LocalDate date)
    {
        if (_rule.Count is not null)
        {
            return Which([date]).Count == 1;
        }

        Steps++;
        return IsUsable && date >= _first && date <= Last && PeriodsBefore(date) % _rule.Interval == 0 && Matches(date);
    }

    /// <summary>Finds which of some dates the rule gives, with bounded work for any number of them: one look per date
    /// for a rule without a count, one walk up to the latest date for a rule with one (whose dates depend on every date
    /// before them).</summary>
    /// <param name="candidates">The dates to look up.</param>
    /// <returns>Those of them the rule gives.</returns>
    internal HashSet<LocalDate> Which(IEnumerable<LocalDate> candidates)
    {
        var wanted = candidates.ToHashSet();
        if (_rule.Count is null)
        {
            wanted.RemoveWhere(d => !Contains(d));
            return wanted;
        }

        var found = new HashSet<LocalDate>();
        if (wanted.Count == 0)
        {
            return found;
        }

        var latest = wanted.Max();
        foreach (var date in From(_first))
        {
            if (date > latest)
            {
                break;
            }

            if (wanted.Contains(date))
            {
                found.Add(date);
            }
        }

        return found;
    }

    /// <summary>The last date on which an occurrence may start: the rule's end date or the last supported date.</summary>
    private LocalDate Last => LocalDate.Min(_rule.Until ?? EventLimits.MaxDate, EventLimits.MaxDate);

    /// <summary>The first date from <paramref name="date"/> to <paramref name="limit"/> that the month and month-day parts
    /// (given or implied) accept, or null: whole months that cannot hold a date are stepped over at once, and within a
    /// month the next accepted day is found without looking at the days between. The parts of the week are left to
    /// <see cref="Matches"/>.</summary>
    private LocalDate? NextCandidate(LocalDate date, LocalDate limit)
    {
        while (date <= limit)
        {
            Steps++;
            var monthEnd = DaysInMonth(date);
            int? day = date.Day;
            if (!_anyMonth && !_months[date.Month])
            {
                day = null;
            }
            else if (_rule.ByMonthDay.Count > 0)
            {
                day = null;
                foreach (var monthDay in _rule.ByMonthDay)
                {
                    var d = monthDay > 0 ? monthDay : monthEnd + monthDay + 1;
                    if (d >= date.Day && d >= 1 && d <= monthEnd && (day is null || d < day))
                    {
                        day = d;
                    }
                }
            }
            else if (_defaultDay is not null)
            {
                var defaultDay = _defaultDay.GetValueOrDefault();
                day = defaultDay >= date.Day && defaultDay <= monthEnd ? defaultDay : null;
            }

            if (day is not null)
            {
                var candidate = new LocalDate(date.Year, date.Month, day.GetValueOrDefault());
                return candidate <= limit ? candidate : null;
            }

            if (date.Year == EventLimits.MaxDate.Year && date.Month == 12)
            {
                return null;
            }

            date = new LocalDate(date.Year, date.Month, 1).PlusMonths(1);
        }

        return null;
    }

    /// <summary>Determines whether every <c>BYxxx</c> part, given or implied, accepts a date.</summary>
    private bool Matches(LocalDate date)
    {
        if (!_anyMonth && !_months[date.Month])
        {
            return false;
        }

        if (_rule.ByMonthDay.Count > 0)
        {
            var any = false;
            foreach (var day in _rule.ByMonthDay)
            {
                if (date.Day == (day > 0 ? day : DaysInMonth(date) + day + 1))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }
        else if (_defaultDay is not null && date.Day != _defaultDay.GetValueOrDefault())
        {
            return false;
        }

        if (_rule.ByDay.Count > 0)
        {
            foreach (var weekday in _rule.ByDay)
            {
                if (weekday.Day != date.DayOfWeek)
                {
                    continue;
                }

                if (weekday.Ordinal == 0)
                {
                    return true;
                }

                var (dayInPeriod, length) = _ordinalsInYear ? (date.DayOfYear, date.Calendar.GetDaysInYear(date.Year)) : (date.Day, DaysInMonth(date));
                if (weekday.Matches(date, dayInPeriod, length))
                {
                    return true;
                }
            }

            return false;
        }

        return _defaultWeekday is null || date.DayOfWeek == _defaultWeekday.GetValueOrDefault();
    }

    private static int DaysInMonth(LocalDate date) => date.Calendar.GetDaysInMonth(date.Year, date.Month);

    /// <summary>The start and length in days of the period that lies <paramref name="offset"/> periods after the first
    /// date's; false past the supported dates.</summary>
    private bool TryPeriodStart(long offset, out LocalDate start, out int length)
    {
        start = default;
        length = 0;
        switch (_rule.Frequency)
        {
            case RecurrenceFrequency.Daily:
                if (offset > EventLimits.MaxDate.DayNumber() - _first.DayNumber())
                {
                    return false;
                }

                start = _first.PlusDays((int)offset);
                length = 1;
                return true;
            case RecurrenceFrequency.Weekly:
                var monday = _first.PlusDays(-((int)_first.DayOfWeek - 1));
                if (offset * 7 > EventLimits.MaxDate.DayNumber() - monday.DayNumber())
                {
                    return false;
                }

                start = monday.PlusDays((int)(offset * 7));
                length = 7;
                return true;
            case RecurrenceFrequency.Monthly:
                var month = (((long)_first.Year * 12) + _first.Month - 1) + offset;
                if (month / 12 > EventLimits.MaxDate.Year)
                {
                    return false;
                }

                start = new LocalDate((int)(month / 12), (int)(month % 12) + 1, 1);
                length = start.Calendar.GetDaysInMonth(start.Year, start.Month);
                return true;
            default:
                var year = _first.Year + offset;
                if (year > EventLimits.MaxDate.Year)
                {
                    return false;
                }

                start = new LocalDate((int)year, 1, 1);
                length = start.Calendar.GetDaysInYear(start.Year);
                return true;
        }
    }

    /// <summary>How many whole periods of the rule's frequency lie between the first date's period and that of a later date.</summary>
    private long PeriodsBefore(LocalDate date) => _rule.Frequency switch
    {
        RecurrenceFrequency.Daily => date.DayNumber() - _first.DayNumber(),
        RecurrenceFrequency.Weekly => (date.DayNumber() - (int)date.DayOfWeek - (_first.DayNumber() - (int)_first.DayOfWeek)) / 7,
        RecurrenceFrequency.Monthly => ((date.Year - _first.Year) * 12L) + date.Month - _first.Month,
        _ => date.Year - _first.Year,
    };

    /// <summary>After how many periods the rule's periods fall on the same days of the 400-year calendar cycle again.</summary>
    private long CycleInPeriods()
    {
        var days = _rule.Frequency switch
        {
            RecurrenceFrequency.Daily => DaysIn400Years,
            RecurrenceFrequency.Weekly => WeeksIn400Years,
            RecurrenceFrequency.Monthly => MonthsIn400Years,
            _ => YearsInCycle,
        };
        return days / Gcd(days, _rule.Interval);
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}

/// <summary>The day number of a date, for whole-day arithmetic.</summary>
file static class LocalDateExtensions
{
    internal static int DayNumber(this LocalDate date) => date.ToDateOnly().DayNumber;
}
