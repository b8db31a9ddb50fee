using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class SpeakerClashRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheSpeakerInTwoPlacesAtOnce()
    {
        var d = Assert.Single(Run.Rule(new SpeakerClashRule(), Run.Unsound()));

        Assert.Equal((DiagnosticCodes.SpeakerDoubleBooked, "agenda[1].speakerIds[0]", "agenda[0].speakerIds[0]"), (d.Code, d.Path, d.RelatedPath));
    }
}
