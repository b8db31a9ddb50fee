using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class ReferenceRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheUnknownSpeaker()
    {
        Assert.Equal([(DiagnosticCodes.UnknownReference, "agenda[3].speakerIds[0]")], Run.Found(Run.Rule(new ReferenceRule(), Run.Unsound())));
    }

    [Fact]
    public void Check_SoundEvent_ReportsNothing()
    {
        Assert.Empty(Run.Rule(new ReferenceRule(), Support.Samples.Prb2011().Build()));
    }
}
