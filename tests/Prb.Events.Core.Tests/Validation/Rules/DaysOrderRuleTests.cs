using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class DaysOrderRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheDayThatStartsBeforeTheOneBeforeItEnds()
    {
        var d = Assert.Single(Run.DayRule(new DaysOrderRule(), Run.Unsound()));

        Assert.Equal((DiagnosticCodes.DaysOutOfOrder, "days[2].start", "days[1].end"), (d.Code, d.Path, d.RelatedPath));
    }
}
