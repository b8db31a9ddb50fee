using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RevisionRuleTests
{
    [Fact]
    public void Check_UnsoundUpdate_ReportsRevisionsThatWentBackOrStayedThroughAChange()
    {
        var (previous, next) = Run.UnsoundUpdate();

        Assert.Equal(
            [
                (DiagnosticCodes.RevisionWentBack, "revision"),
                (DiagnosticCodes.ChangedWithoutNewRevision, "agenda[1].revision"),
                (DiagnosticCodes.RevisionWentBack, "agenda[2].revision"),
                (DiagnosticCodes.ChangedWithoutNewRevision, "agenda[5].revision"),
            ],
            Run.Found(Run.Rule(new RevisionRule(), previous, next)));
    }
}
