using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class AgendaWithinDaysRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheItemOutsideTheDays()
    {
        // agenda[2] ends before it starts: that is TimeOrderRule's to report, not this rule's.
        Assert.Equal([(DiagnosticCodes.OutsideEventDays, "agenda[3]")], Run.Found(Run.ItemRule(new AgendaWithinDaysRule(), Run.Unsound())));
    }
}
