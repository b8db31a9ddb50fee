using System.Globalization;
using NodaTime;
using Prb.Events.Internal;

namespace Prb.Events;

/// <summary>
/// How a series repeats, in the event's local time: RFC 5545's <c>RRULE</c> with <c>FREQ</c>, <c>INTERVAL</c>,
/// <c>BYDAY</c> (with ordinals such as "first Monday" or "last Friday"), <c>BYMONTHDAY</c> (negative from the end of
/// the month), <c>BYMONTH</c>, and an end by <c>UNTIL</c>, by <c>COUNT</c> or none.
/// </summary>
/// <remarks>
/// <para>The rule works on local dates: every occurrence starts at the local time of the series' one day
/// (<see cref="Event.Days"/>), which is also the first occurrence, and lasts as that day does. The weeks of a weekly rule
/// start on Monday (<c>WKST=MO</c>). Without <c>BYxxx</c> parts a weekly rule repeats on the first day's weekday, a
/// monthly one on its day of the month and a yearly one on its month and day; a monthly rule on the 31st skips the months
/// without one, as RFC 5545 says.</para>
/// <para><see cref="Until"/> is a local date: the last date on which an occurrence may start, inclusive. A local date
/// says what an announcement says ("until the end of June") and needs no zone to compare.</para>
/// <para>The constructor refuses what has no meaning in RFC 5545 (an ordinal in a daily or weekly rule, a month day in a
/// weekly rule, both an end date and a count, a month 13). An <see cref="Interval"/> or <see cref="Count"/> below 1, a
/// <see cref="Count"/> above <see cref="EventLimits.MaxRecurrenceCount"/>, an end before the start and a rule that never
/// occurs are reported by <see cref="EventValidator"/>; such a rule expands to nothing. So is a first day that the rule does not give (RFC 5545 leaves such a series undefined); expansion then gives
/// the rule's dates only.</para>
/// </remarks>
public sealed class RecurrenceRule
{
    /// <summary>Initializes a rule.</summary>
    /// <param name="frequency">How often the period repeats.</param>
    /// <param name="interval">Every how many periods: 2 with <see cref="RecurrenceFrequency.Weekly"/> is every second week.</param>
    /// <param name="byDay">The days of the week, with ordinals only in a monthly or yearly rule; empty for none.</param>
    /// <param name="byMonthDay">The days of the month, 1 to 31 or -31 to -1 (-1 is the last day); empty for none.</param>
    /// <param name="byMonth">The months, 1 to 12; empty for none.</param>
    /// <param name="until">The last local date on which an occurrence may start, or null.</param>
    /// <param name="count">How many occurrences there are, the first one included, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range, or <paramref name="frequency"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The parts do not fit together, or a list holds null.</exception>
    public RecurrenceRule(
        RecurrenceFrequency frequency,
        int interval = 1,
        IEnumerable<RecurrenceWeekday>? byDay = null,
        IEnumerable<int>? byMonthDay = null,
        IEnumerable<int>? byMonth = null,
        LocalDate? until = null,
        int? count = null)
    {
        Preconditions.CheckDefined(frequency, nameof(frequency));
        Frequency = frequency;
        Interval = interval;
        ByDay = Preconditions.CheckElements(byDay, nameof(byDay));
        ByMonthDay = Preconditions.CheckElements(byMonthDay, nameof(byMonthDay));
        ByMonth = Preconditions.CheckElements(byMonth, nameof(byMonth));
        foreach (var day in ByMonthDay)
        {
            Preconditions.CheckArgumentRange(day is (>= 1 and <= 31) or (>= -31 and <= -1), nameof(byMonthDay), day,
                "A day of the month runs from 1 to 31, or from -31 to -1 counting from the end of the month.");
        }

        foreach (var month in ByMonth)
        {
            Preconditions.CheckArgumentRange(month is >= 1 and <= 12, nameof(byMonth), month, "A month runs from 1 to 12.");
        }

        if (frequency is RecurrenceFrequency.Daily or RecurrenceFrequency.Weekly)
        {
            Preconditions.CheckArgument(ByDay.All(d => d.Ordinal == 0), nameof(byDay),
                "Only a monthly or yearly rule gives a day of the week an ordinal such as 1MO or -1FR.");
        }

        Preconditions.CheckArgument(frequency != RecurrenceFrequency.Weekly || ByMonthDay.Count == 0, nameof(byMonthDay),
            "A weekly rule has no days of the month (RFC 5545); use a monthly rule.");
        Preconditions.CheckArgument(until is null || count is null, nameof(count), "A rule ends by a date or by a count, not both.");
        Until = until is null ? null : EventLimits.CheckDate(until.GetValueOrDefault(), nameof(until));
        Count = count;
    }

    /// <summary>Gets how often the period repeats.</summary>
    public RecurrenceFrequency Frequency { get; }

    /// <summary>Gets every how many periods the rule repeats; at least 1 in a valid rule.</summary>
    public int Interval { get; }

    /// <summary>Gets the days of the week, with their ordinals; empty when the rule names none.</summary>
    public IReadOnlyList<RecurrenceWeekday> ByDay { get; }

    /// <summary>Gets the days of the month, negative from the end; empty when the rule names none.</summary>
    public IReadOnlyList<int> ByMonthDay { get; }

    /// <summary>Gets the months, 1 to 12; empty when the rule names none.</summary>
    public IReadOnlyList<int> ByMonth { get; }

    /// <summary>Gets the last local date on which an occurrence may start (inclusive), or null.</summary>
    public LocalDate? Until { get; }

    /// <summary>Gets how many occurrences the rule makes, the first included, or null; from 1 to
    /// <see cref="EventLimits.MaxRecurrenceCount"/> in a valid rule.</summary>
    public int? Count { get; }

    /// <summary>Gets whether the series goes on without end: neither <see cref="Until"/> nor <see cref="Count"/> is given.</summary>
    public bool IsOpenEnded => Until is null && Count is null;

    /// <summary>Finds which of some dates the rule gives to a series whose first day is <paramref name="firstDate"/>: the
    /// dates a cancelled date or a moved occurrence may name (whether or not the series cancels or moves them). The work
    /// is one look per date for a rule without a count, and one walk from the first date to the latest date asked about
    /// for a counted rule, whose dates depend on every date before them; a rule that <see cref="EventValidator"/> refuses
    /// (an interval or count out of range) gives no date.</summary>
    /// <param name="firstDate">The date of the series' one day, its first occurrence.</param>
    /// <param name="candidates">The dates to look up, in any order, repeats allowed.</param>
    /// <returns>Those of <paramref name="candidates"/> that are dates of the rule, each once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDate"/> is outside <see cref="EventLimits"/>.</exception>
    public IReadOnlySet<LocalDate> DatesAmong(LocalDate firstDate, IEnumerable<LocalDate> candidates)
    {
        EventLimits.CheckDate(firstDate, nameof(firstDate));
        ArgumentNullException.ThrowIfNull(candidates);
        return new RecurrenceDates(this, firstDate).Which(candidates);
    }

    /// <summary>Formats the rule as an RFC 5545 <c>RRULE</c> value, such as <c>FREQ=WEEKLY;INTERVAL=2;BYDAY=TU</c>, with
    /// <c>UNTIL</c> as the local date (<c>UNTIL=20270630</c>), for reading; an exporter turns the date into the form its
    /// calendar needs.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string> { "FREQ=" + Frequency.ToString().ToUpperInvariant() };
        if (Interval != 1)
        {
            parts.Add(FormattableString.Invariant($"INTERVAL={Interval}"));
        }

        if (ByMonth.Count > 0)
        {
            parts.Add("BYMONTH=" + string.Join(',', ByMonth));
        }

        if (ByMonthDay.Count > 0)
        {
            parts.Add("BYMONTHDAY=" + string.Join(',', ByMonthDay));
        }

        if (ByDay.Count > 0)
        {
            parts.Add("BYDAY=" + string.Join(',', ByDay));
        }

        if (Until is not null)
        {
            parts.Add("UNTIL=" + Until.GetValueOrDefault().ToString("uuuuMMdd", CultureInfo.InvariantCulture));
        }

        if (Count is not null)
        {
            parts.Add(FormattableString.Invariant($"COUNT={Count}"));
        }

        return string.Join(';', parts);
    }
}
