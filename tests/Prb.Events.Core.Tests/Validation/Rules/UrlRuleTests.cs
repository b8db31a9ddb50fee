using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class UrlRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheUrlThatIsNotHttp()
    {
        Assert.Equal([(DiagnosticCodes.UnsupportedUrlScheme, "url")], Run.Found(Run.Rule(new UrlRule(), Run.Unsound())));
    }
}
