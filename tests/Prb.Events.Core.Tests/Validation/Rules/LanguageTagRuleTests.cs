using Prb.Events.Validation.Rules;

namespace Prb.Events.Tests.Validation.Rules;

public sealed class LanguageTagRuleTests
{
    [Fact]
    public void Check_UnsoundEvent_ReportsOnlyTheLanguage()
    {
        Assert.Equal([(DiagnosticCodes.InvalidLanguageTag, "language")], Run.Found(Run.Rule(new LanguageTagRule(), Run.Unsound())));
    }

    [Theory]
    [InlineData("pl", true)]
    [InlineData("en-GB", true)]
    [InlineData("de-CH-1996", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("??", false)]
    [InlineData("x", false)]
    [InlineData("pl-", false)]
    [InlineData("toolonglanguage", false)]
    [InlineData("pl_PL", false)]
    public void Check_Tag_ReportsWhatIsNotShapedLikeBcp47(string tag, bool valid)
    {
        var e = Support.Samples.OneDay().InLanguage(tag).Build();

        Assert.Equal(valid, Run.Rule(new LanguageTagRule(), e).Count == 0);
    }
}
