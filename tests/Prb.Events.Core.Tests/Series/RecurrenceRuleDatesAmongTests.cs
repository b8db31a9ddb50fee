using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class RecurrenceRuleDatesAmongTests
{
    private static readonly LocalDate FirstTuesday = new(2027, 1, 12);

    [Fact]
    public void DatesAmong_EverySecondTuesday_KeepsTheRulesDatesEachOnce()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Weekly, 2, [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)], until: new LocalDate(2027, 6, 29));

        var found = rule.DatesAmong(FirstTuesday, [FirstTuesday.PlusWeeks(2), FirstTuesday.PlusWeeks(1), FirstTuesday.PlusWeeks(2), new LocalDate(2027, 6, 29), new LocalDate(2027, 7, 13), FirstTuesday.PlusWeeks(-2)]);

        Assert.Equal([FirstTuesday.PlusWeeks(2), new LocalDate(2027, 6, 29)], found.Order());
    }

    [Fact]
    public void DatesAmong_CountedRule_StopsAtTheCount()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Monthly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Monday, 1)], count: 3);

        var found = rule.DatesAmong(new LocalDate(2027, 2, 1), [new LocalDate(2027, 4, 5), new LocalDate(2027, 5, 3), new LocalDate(2027, 3, 1)]);

        Assert.Equal([new LocalDate(2027, 3, 1), new LocalDate(2027, 4, 5)], found.Order());
    }

    [Fact]
    public void DatesAmong_RuleTheValidatorRefuses_GivesNothing()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily, count: EventLimits.MaxRecurrenceCount + 1);

        Assert.Empty(rule.DatesAmong(FirstTuesday, [FirstTuesday, FirstTuesday.PlusDays(1)]));
    }

    [Fact]
    public void DatesAmong_BadArguments_NameTheParameter()
    {
        var rule = new RecurrenceRule(RecurrenceFrequency.Daily);

        Assert.Equal("candidates", Assert.Throws<ArgumentNullException>(() => rule.DatesAmong(FirstTuesday, null!)).ParamName);
        Assert.Equal("firstDate", Assert.Throws<ArgumentOutOfRangeException>(() => rule.DatesAmong(new LocalDate(1, 1, 1), [FirstTuesday])).ParamName);
    }
}
