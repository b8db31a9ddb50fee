using Prb.Events.Internal;

namespace Prb.Events.Tests.Internal;

public sealed class IdRulesTests
{
    [Fact]
    public void IsUnreserved_ExactlyTheRfc3986UnreservedAsciiCharacters()
    {
        const string unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        for (var c = '\0'; c < '\u0180'; c++)
        {
            Assert.Equal(unreserved.Contains(c, StringComparison.Ordinal), IdRules.IsUnreserved(c));
        }
    }

    [Fact]
    public void IsValid_Length_From1To128()
    {
        Assert.Equal(128, IdRules.MaxLength);
        Assert.False(IdRules.IsValid(""));
        Assert.True(IdRules.IsValid("a"));
        Assert.True(IdRules.IsValid(new string('a', 128)));
        Assert.False(IdRules.IsValid(new string('a', 129)));
    }

    [Fact]
    public void Check_Invalid_NamesTheParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => IdRules.Check("zła wartość", "id"));

        Assert.Equal("id", ex.ParamName);
    }
}
