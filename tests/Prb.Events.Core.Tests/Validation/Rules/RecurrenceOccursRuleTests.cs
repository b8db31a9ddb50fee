using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RecurrenceOccursRuleTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    private static Event Series(RecurrenceRule rule) => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0)).Repeats(rule).Build();

    private static readonly RecurrenceWeekday Wednesday = new(IsoDayOfWeek.Wednesday);

    [Fact]
    public void OneOffEvent_NotReported() =>
        Assert.Empty(Run.Rule(new RecurrenceOccursRule(), Event.CreateBuilder(new EventId("raz"), "Raz").InZone("Europe/Warsaw")
            .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0)).Build()));

    [Fact]
    public void StartOnTheRule_NotReported() =>
        Assert.Empty(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [new RecurrenceWeekday(IsoDayOfWeek.Tuesday)]))));

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, 0)]
    public void RuleThatCannotGiveDates_LeftToTheRangeRule(int interval, int? count) =>
        Assert.Empty(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Monthly, interval, byMonthDay: [31], byMonth: [2], count: count))));

    [Fact]
    public void UntilBeforeTheStart_LeftToTheRangeRule() =>
        Assert.Empty(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [Wednesday], until: Tuesday.PlusDays(-1)))));

    [Fact]
    public void NeverOccurs_MessageNamesTheRuleAndTheStart()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Monthly, byMonthDay: [31], byMonth: [2]))));

        Assert.Equal(DiagnosticCodes.RecurrenceNeverOccurs, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("series.rule", d.Path);
        Assert.Null(d.RelatedPath);
        Assert.Equal("The rule FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31 never gives a date from 2027-01-12 on (such as the 31st of a month it limits to February, or a sixth weekday of a month); the series would have no occurrence.", d.Message);
    }

    [Fact]
    public void UntilOnTheStartDate_RuleOffTheStart_NeverOccurs()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [Wednesday], until: Tuesday))));

        Assert.Equal(DiagnosticCodes.RecurrenceNeverOccurs, d.Code);
    }

    [Fact]
    public void StartOffTheRule_MessageNamesTheStartTheRuleAndItsFirstDate()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceOccursRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, byDay: [Wednesday]))));

        Assert.Equal(DiagnosticCodes.SeriesStartNotOccurrence, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("days[0].start", d.Path);
        Assert.Equal("series.rule", d.RelatedPath);
        Assert.Equal("The series starts on 2027-01-12, which its rule FREQ=WEEKLY;BYDAY=WE does not give; its first date from then is 2027-01-13. Start the series on a date of its rule.", d.Message);
    }
}
