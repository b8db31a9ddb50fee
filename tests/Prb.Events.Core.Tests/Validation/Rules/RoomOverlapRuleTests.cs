using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RoomOverlapRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheItemsInOneRoomAtOnce()
    {
        var d = Assert.Single(Run.Rule(new RoomOverlapRule(), Run.Unsound()));

        Assert.Equal((DiagnosticCodes.RoomOverlap, "agenda[1]", "agenda[0]"), (d.Code, d.Path, d.RelatedPath));
    }
}
