using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RecurrenceRangeRuleTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    private static Event Series(RecurrenceRule rule) => Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
        .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0)).Repeats(rule).Build();

    [Fact]
    public void OneOffEvent_NotReported() =>
        Assert.Empty(Run.Rule(new RecurrenceRangeRule(), Event.CreateBuilder(new EventId("raz"), "Raz").InZone("Europe/Warsaw")
            .On(Tuesday, new LocalTime(17, 0), new LocalTime(19, 0)).Build()));

    [Fact]
    public void IntervalAndCountOfOne_Sound() =>
        Assert.Empty(Run.Rule(new RecurrenceRangeRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, 1, count: 1))));

    [Fact]
    public void NegativeInterval_MessageNamesIt()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceRangeRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, -2))));

        Assert.Equal(DiagnosticCodes.RecurrenceIntervalNotPositive, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("The interval is -2; a rule repeats every 1 or more periods.", d.Message);
        Assert.Null(d.RelatedPath);
    }

    [Fact]
    public void CountOfZero_MessageNamesIt()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceRangeRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, count: 0))));

        Assert.Equal(DiagnosticCodes.RecurrenceCountNotPositive, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("The count is 0; a series has at least one occurrence, its first day.", d.Message);
    }

    [Fact]
    public void UntilTheDayBeforeTheStart_MessageNamesBothDates()
    {
        var d = Assert.Single(Run.Rule(new RecurrenceRangeRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, until: Tuesday.PlusDays(-1)))));

        Assert.Equal(DiagnosticCodes.RecurrenceUntilBeforeStart, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("series.rule.until", d.Path);
        Assert.Equal("days[0].start", d.RelatedPath);
        Assert.Equal("The series ends on 2027-01-11, before its first day on 2027-01-12.", d.Message);
    }

    [Fact]
    public void UntilOnTheStartDate_NotReported() =>
        Assert.Empty(Run.Rule(new RecurrenceRangeRule(), Series(new RecurrenceRule(RecurrenceFrequency.Weekly, until: Tuesday))));
}
