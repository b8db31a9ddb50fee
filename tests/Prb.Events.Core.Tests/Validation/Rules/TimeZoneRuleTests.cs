using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class TimeZoneRuleTests
{
    [Fact]
    public void Check_KnownZone_ReportsNothing()
    {
        Assert.Empty(Run.Rule(new TimeZoneRule(), Run.Unsound()));
    }

    [Fact]
    public void Check_UnknownZone_ReportsItAtTheZone()
    {
        var e = Run.Unsound().ToBuilder().InZone("Europe/Wroclaw").Build();

        Assert.Equal([(DiagnosticCodes.UnknownTimeZone, "timeZone")], Run.Found(Run.Rule(new TimeZoneRule(), e)));
    }
}
