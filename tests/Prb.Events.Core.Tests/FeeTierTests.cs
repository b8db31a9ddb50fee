using NodaTime;
using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class FeeTierTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var tier = new FeeTier("wczesna rejestracja", 150.50m, "PLN", new LocalDate(2011, 10, 31));

        Assert.Equal("wczesna rejestracja", tier.Name);
        Assert.Equal(150.50m, tier.Amount);
        Assert.Equal("PLN", tier.Currency);
        Assert.Equal(new LocalDate(2011, 10, 31), tier.Until);
    }

    [Fact]
    public void Construction_Free_IsAllowed() => Assert.Equal(0m, new FeeTier("udział", 0m, "PLN").Amount);

    [Fact]
    public void Construction_NegativeAmount_ThrowsArgumentOutOfRangeForAmount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new FeeTier("zniżka", -0.01m, "PLN"));

        Assert.Equal("amount", ex.ParamName);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("currency")]
    public void Construction_NullRequired_ThrowsArgumentNullForIt(string parameter)
    {
        var ex = Assert.Throws<ArgumentNullException>(() =>
            new FeeTier(parameter == "name" ? null! : "udział", 10m, parameter == "currency" ? null! : "PLN"));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Theory]
    [InlineData("pln")]
    [InlineData("PL")]
    [InlineData("PLNX")]
    [InlineData("zł")]
    [InlineData("ZŁO")]
    [InlineData("P1N")]
    [InlineData("")]
    public void Construction_NotAnIso4217Code_ThrowsArgumentForCurrency(string currency)
    {
        var ex = Assert.Throws<ArgumentException>(() => new FeeTier("udział", 10m, currency));

        Assert.Equal("currency", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new FeeTier(Text.Invalid[sample], 10m, "PLN"));
    }
}
