using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class DuplicateIdRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheIdsUsedTwice()
    {
        var found = Run.Rule(new DuplicateIdRule(), Run.Unsound());

        Assert.Equal([(DiagnosticCodes.DuplicateId, "agenda[5].id"), (DiagnosticCodes.DuplicateId, "people[2].id")], Run.Found(found));
        Assert.Equal(["agenda[0].id", "people[0].id"], found.Select(d => d.RelatedPath));
    }
}
