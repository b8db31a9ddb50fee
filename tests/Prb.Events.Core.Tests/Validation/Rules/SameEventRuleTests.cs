using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class SameEventRuleTests
{
    [Fact]
    public void Check_AnotherId_ReportsItAtTheId()
    {
        var (previous, next) = Run.UnsoundUpdate();

        Assert.Equal([(DiagnosticCodes.DifferentEvent, "id")], Run.Found(Run.Rule(new SameEventRule(), previous, next)));
    }

    [Fact]
    public void Check_SameId_ReportsNothing()
    {
        var (previous, _) = Run.UnsoundUpdate();

        Assert.Empty(Run.Rule(new SameEventRule(), previous, previous.ToBuilder().AtRevision(9).Build()));
    }
}
