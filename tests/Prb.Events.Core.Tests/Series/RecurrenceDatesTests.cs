using CsCheck;
using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class RecurrenceDatesTests
{
    private static readonly LocalDate First = new(2027, 1, 12);

    [Fact]
    public void Which_CountedRule_OnlyDatesWithinTheCount()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3), First);

        var found = dates.Which([First, First.PlusWeeks(2), First.PlusWeeks(3), First.PlusDays(1), new LocalDate(9000, 1, 1)]);

        Assert.Equal([First, First.PlusWeeks(2)], found.Order());
    }

    [Fact]
    public void Which_OpenEndedRule_FarDatesByJumping()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [RecurrenceWeekday.Parse("-1FR")]), new LocalDate(2027, 1, 29));

        var found = dates.Which([new LocalDate(9000, 1, 31), new LocalDate(9000, 1, 24), new LocalDate(2027, 1, 29)]);

        Assert.Equal([new LocalDate(2027, 1, 29), new LocalDate(9000, 1, 31)], found.Order());
    }

    [Fact]
    public void From_CountsALookForTheNextCandidateAndACheckOfIt_PerDate()
    {
        // A daily rule: each of ten dates is found by one look in its period (the day) and checked once, and after each
        // day but the last the next candidate is looked up to find the period that holds it: 10 + 10 + 9 steps.
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily), First);

        Assert.Equal(10, dates.From(First).Take(10).Count());
        Assert.Equal(29, dates.Steps);
    }

    [Fact]
    public void From_SkipsPeriodsBeforeTheWindow_WhenThereIsNoCount()
    {
        var daily = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily), First);
        var counted = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily, count: 10), First);

        Assert.Equal(new LocalDate(2030, 6, 1), daily.From(new LocalDate(2030, 6, 1)).First());
        Assert.Equal(First, counted.From(new LocalDate(2030, 6, 1)).First());
        Assert.Equal(10, counted.From(new LocalDate(2030, 6, 1)).Count());
    }

    [Fact]
    public void From_EndsAtTheLastSupportedDate()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Yearly), new LocalDate(9990, 12, 30));

        Assert.Equal(10, dates.From(new LocalDate(9990, 12, 30)).Count());
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Monthly)]
    [InlineData(RecurrenceFrequency.Yearly)]
    public void From_NeverMatching_Ends(RecurrenceFrequency frequency)
    {
        // February has no 30th: every period is empty, so the walk ends after one 400-year cycle of periods instead of
        // looping (or walking to 9999).
        var rule = new RecurrenceRule(frequency, byMonthDay: [30], byMonth: [2]);

        Assert.Empty(new RecurrenceDates(rule, First).From(First));
        Assert.Null(new RecurrenceDates(rule, First).FirstDate());
    }

    [Fact]
    public void Contains_RuleWithoutCount_LooksOnceWhateverTheDistance()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily, byMonthDay: [13], byDay: [new RecurrenceWeekday(IsoDayOfWeek.Friday)]), new LocalDate(2026, 2, 13));

        Assert.True(dates.Contains(new LocalDate(9998, 11, 13)));
        Assert.False(dates.Contains(new LocalDate(9998, 11, 14)));
        Assert.Equal(2, dates.Steps);
    }

    [Fact]
    public void Which_ManyDatesOfAnOpenRule_OneLookEach()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Weekly, 2), First);
        var named = Enumerable.Range(0, 1000).Select(i => First.PlusDays(i * 97)).ToList();

        var found = dates.Which(named);

        Assert.Equal(named.Where(d => (d.DayOfWeek == First.DayOfWeek) && Period.Between(First, d, PeriodUnits.Days).Days % 14 == 0), found.Order());
        Assert.Equal(1000, dates.Steps);
    }

    [Fact]
    public void From_RareDates_StepsFollowTheMonthsNotTheDays()
    {
        // Friday the 13th as a daily rule: one day in 30 is a candidate, so the walk jumps from one 13th to the next
        // instead of looking at the days between.
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily, byMonthDay: [13], byDay: [new RecurrenceWeekday(IsoDayOfWeek.Friday)]);
        var first = new LocalDate(2026, 2, 13);
        var dates = new RecurrenceDates(rule, first);

        var hundred = dates.From(first).Take(100).ToList();

        var months = ((hundred[^1].Year - first.Year) * 12) + hundred[^1].Month - first.Month + 1;
        Assert.Equal(NaiveRecurrence.Dates(rule, first, hundred[^1]), hundred);
        Assert.InRange(dates.Steps, months, 4 * months);
    }

    [Fact]
    public void From_CountedRuleReachingTheEndOfTime_StepsFollowTheMonths()
    {
        // The 29th of February on a Monday comes every 28 years or so: a count of 10,000 is never reached, and the walk
        // crosses eight thousand years in steps per month, not per day (about three million).
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily, byMonthDay: [29], byMonth: [2], byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday)], count: 10_000);
        var first = new LocalDate(2016, 2, 29);
        var dates = new RecurrenceDates(rule, first);

        var all = dates.From(first).ToList();

        Assert.Equal(new LocalDate(2044, 2, 29), all[1]);
        Assert.Equal(NaiveRecurrence.Dates(rule, first, EventLimits.MaxDate).Count(), all.Count);
        Assert.InRange(dates.Steps, 1, 3 * (EventLimits.MaxDate.Year - first.Year + 1) * 12);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily)]
    [InlineData(RecurrenceFrequency.Weekly)]
    [InlineData(RecurrenceFrequency.Monthly)]
    [InlineData(RecurrenceFrequency.Yearly)]
    public void FirstDate_NeverMatching_StepsAtMostTwicePerMonth(RecurrenceFrequency frequency)
    {
        var rule = frequency == RecurrenceFrequency.Weekly
            ? new RecurrenceRule(frequency, byMonth: [2], byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday)], until: new LocalDate(2027, 3, 31))
            : new RecurrenceRule(frequency, byMonthDay: [30], byMonth: [2]);
        var dates = new RecurrenceDates(rule, First);

        var firstDate = dates.FirstDate();

        Assert.Equal(frequency == RecurrenceFrequency.Weekly ? new LocalDate(2027, 2, 1) : null, firstDate);
        Assert.InRange(dates.Steps, 1, 2 * (EventLimits.MaxDate.Year - First.Year + 1) * 12);
    }

    [Fact]
    public void From_AgreesWithTheDayByDayReading_OnRandomRules()
    {
        Rules.Sample(t =>
        {
            var (rule, first) = t;
            var through = first.PlusYears(12);
            var expected = NaiveRecurrence.Dates(rule, first, through).ToList();
            var dates = new RecurrenceDates(rule, first);

            Assert.Equal(expected, dates.From(first).TakeWhile(d => d <= through).ToList());
            if (rule.Count is null)
            {
                var from = first.PlusDays(400);
                Assert.Equal(expected.Where(d => d >= from), dates.From(from).SkipWhile(d => d < from).TakeWhile(d => d <= through));
            }

            var probe = Enumerable.Range(0, 60).Select(i => first.PlusDays(i * 71 % 4380)).ToList();
            Assert.Equal(probe.Where(expected.Contains).ToHashSet(), dates.Which(probe));
        }, iter: 1500);
    }

    [Theory]
    [InlineData(RecurrenceFrequency.Daily, 5, "9999-12-20")]
    [InlineData(RecurrenceFrequency.Daily, 5, "9999-12-19")]
    [InlineData(RecurrenceFrequency.Weekly, 1, "9999-12-02")]
    [InlineData(RecurrenceFrequency.Weekly, 3, "9999-11-03")]
    [InlineData(RecurrenceFrequency.Monthly, 1, "9999-10-15")]
    [InlineData(RecurrenceFrequency.Monthly, 2, "9999-09-30")]
    [InlineData(RecurrenceFrequency.Yearly, 2, "9997-06-01")]
    public void From_AtTheEndOfTheSupportedDates_GivesEveryDateUpToTheLast(RecurrenceFrequency frequency, int interval, string first)
    {
        // The periods of a rule end where the supported dates end (9999-12-30): a last date on that day is given, a
        // period that would start after it is not asked for.
        var start = NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value;
        var rule = new RecurrenceRule(frequency, interval);

        var walk = new RecurrenceDates(rule, start);
        var dates = walk.From(start).ToList();

        Assert.Equal(NaiveRecurrence.Dates(rule, start, EventLimits.MaxDate), dates);
        Assert.True(dates.Count >= 2, string.Join(", ", dates));
        Assert.InRange(walk.Steps, dates.Count, 100);
    }

    [Fact]
    public void Contains_CountedRule_WalksTheCount()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 3), First);

        Assert.True(dates.Contains(First.PlusWeeks(2)));
        Assert.False(dates.Contains(First.PlusWeeks(3)));
        Assert.False(dates.Contains(First.PlusDays(1)));
    }

    [Fact]
    public void Which_CountedRule_WalksOnlyToTheLatestDateAsked()
    {
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Daily, count: EventLimits.MaxRecurrenceCount), First);

        var found = dates.Which([First.PlusDays(3), First.PlusDays(9)]);

        Assert.Equal([First.PlusDays(3), First.PlusDays(9)], found.Order());
        Assert.InRange(dates.Steps, 10, 4 * 11);
    }

    [Fact]
    public void From_DatesCenturiesApart_AreFoundAcrossEmptyPeriods()
    {
        // Every 300 years on the 29th of February from 2000: 2300, 2600 and 2900 are not leap years, so three periods
        // in a row are empty (of a cycle of four) before 3200 gives a date again.
        var rule = new RecurrenceRule(RecurrenceFrequency.Yearly, 300, byMonthDay: [29], byMonth: [2]);
        var first = new LocalDate(2000, 2, 29);

        var dates = new RecurrenceDates(rule, first).From(first).ToList();

        Assert.Equal([first, new LocalDate(3200, 2, 29), new LocalDate(4400, 2, 29), new LocalDate(5600, 2, 29), new LocalDate(6800, 2, 29), new LocalDate(8000, 2, 29), new LocalDate(9200, 2, 29)], dates);
    }

    [Fact]
    public void FirstDate_RuleWhoseRareCandidatesNeverMatch_StopsAfterOneCycleOfItsPeriods()
    {
        // The 31st is a candidate in seven months a year (the months between are jumped over), and no month has a sixth
        // Monday: after one 400-year cycle of its periods (4,800 months) the rule is known to give nothing.
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, 6)], byMonthDay: [31]), First);

        Assert.Null(dates.FirstDate());
        Assert.InRange(dates.Steps, 4_800, 4_802 * 3);
    }

    [Fact]
    public void FirstDate_RuleWhoseCandidatesNeverMatch_StopsAfterOneCalendarCycleOfItsPeriods()
    {
        // No month has a sixth Monday: every day is a candidate, none matches, and after 400 years of its periods
        // (2,400 periods of two months) the rule is known to give nothing, long before the year 9999.
        var dates = new RecurrenceDates(new RecurrenceRule(RecurrenceFrequency.Monthly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Monday, 6)]), First);

        Assert.Null(dates.FirstDate());
        Assert.InRange(dates.Steps, 2_400 * 28, 2_402 * 2 * 32);
    }

    private static readonly Gen<(RecurrenceRule Rule, LocalDate First)> Rules =
        Gen.Select(Gen.Enum<RecurrenceFrequency>(), Gen.Int[1, 5], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 3],
                Gen.Int[0, 2], Gen.Select(Gen.Int[0, 4000], Gen.Int[1, 1_000_000]))
            .Select(t =>
            {
                var (frequency, interval, dayCount, monthDayCount, monthCount, end, (offset, seed)) = t;
                var random = new Random(seed);
                var ordinals = frequency is RecurrenceFrequency.Monthly or RecurrenceFrequency.Yearly;
                var days = Enumerable.Range(0, dayCount).Select(_ => new RecurrenceWeekday((IsoDayOfWeek)random.Next(1, 8),
                    ordinals && random.Next(2) == 0 ? (random.Next(2) == 0 ? -1 : 1) * random.Next(1, 6) : 0)).Distinct().ToList();
                var monthDays = frequency == RecurrenceFrequency.Weekly ? [] : Enumerable.Range(0, monthDayCount)
                    .Select(_ => (random.Next(4) == 0 ? -1 : 1) * random.Next(1, 32)).Distinct().ToList();
                var months = Enumerable.Range(0, monthCount).Select(_ => random.Next(1, 13)).Distinct().ToList();
                var first = new LocalDate(2000, 1, 1).PlusDays(offset);
                var rule = new RecurrenceRule(frequency, interval, days, monthDays, months,
                    end == 1 ? first.PlusDays(random.Next(0, 3000)) : null, end == 2 ? random.Next(1, 60) : null);
                return (rule, first);
            });
}