using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public class AudienceTests
{
    [Fact]
    public void Tokens_AreTheKebabCaseNames()
    {
        Assert.Equal(
            ["children", "teenagers", "adults", "seniors", "librarians-and-professionals", "everyone"],
            EnumTokens.GetTokens<Audience>());
        Assert.True(EnumTokens.TryParse<Audience>("librarians-and-professionals", out var a));
        Assert.Equal(Audience.LibrariansAndProfessionals, a);
        Assert.False(EnumTokens.TryParse<Audience>("LibrariansAndProfessionals", out _));
    }

    [Fact]
    public void ForAudiences_KeepsOrderAndEachOnce()
    {
        var e = Samples.OneDay().ForAudiences(Audience.Seniors, Audience.Children).ForAudiences(Audience.Seniors).Build();

        Assert.Equal([Audience.Seniors, Audience.Children], e.Audiences);
    }

    [Fact]
    public void ForAudiences_None_IsEmpty() => Assert.Empty(Samples.OneDay().Build().Audiences);

    [Fact]
    public void ForAudiences_UndefinedValue_NamesTheParameter()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Samples.OneDay().ForAudiences((Audience)42));

        Assert.Equal("audiences", ex.ParamName);
    }

    [Fact]
    public void ForAudiences_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Samples.OneDay().ForAudiences(null!));

    [Fact]
    public void ToBuilder_KeepsAudiences()
    {
        var e = Samples.OneDay().ForAudiences(Audience.Everyone).Build();

        Assert.Equal([Audience.Everyone], e.ToBuilder().Build().Audiences);
    }
}
