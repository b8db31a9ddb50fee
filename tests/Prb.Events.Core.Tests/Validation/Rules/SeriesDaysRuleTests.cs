using NodaTime;
using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class SeriesDaysRuleTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    private static EventBuilder Series(int days)
    {
        var builder = Event.CreateBuilder(new EventId("klub"), "Klub Książki").InZone("Europe/Warsaw")
            .Repeats(new RecurrenceRule(RecurrenceFrequency.Weekly));
        for (var i = 0; i < days; i++)
        {
            builder.On(Tuesday.PlusDays(i), new LocalTime(17, 0), new LocalTime(19, 0));
        }

        return builder;
    }

    [Fact]
    public void OneDay_NotReported() => Assert.Empty(Run.Rule(new SeriesDaysRule(), Series(1).Build()));

    [Fact]
    public void ThreeDays_ReportedOnceOnTheSecondDay_NamingHowMany()
    {
        var d = Assert.Single(Run.Rule(new SeriesDaysRule(), Series(3).Build()));

        Assert.Equal(DiagnosticCodes.SeriesWithSeveralDays, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("days[1]", d.Path);
        Assert.Equal("series", d.RelatedPath);
        Assert.Equal("A series has one day, its first occurrence, but this one has 3; make each day an event of its own, or repeat one day by the rule.", d.Message);
    }
}
