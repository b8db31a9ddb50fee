using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class RequiredTextRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheBlankTexts()
    {
        var found = Run.Rule(new RequiredTextRule(), Run.Unsound());

        Assert.Equal([(DiagnosticCodes.RequiredTextBlank, "title"), (DiagnosticCodes.RequiredTextBlank, "agenda[3].title")], Run.Found(found));
    }
}
