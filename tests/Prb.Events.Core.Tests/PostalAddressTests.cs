using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class PostalAddressTests
{
    [Fact]
    public void Construction_KeepsValues_DefaultsToPoland()
    {
        var address = new PostalAddress("Rynek 58", "50-116", "Wrocław", "dolnośląskie");

        Assert.Equal("Rynek 58", address.Street);
        Assert.Equal("50-116", address.PostalCode);
        Assert.Equal("Wrocław", address.Locality);
        Assert.Equal("dolnośląskie", address.Region);
        Assert.Equal("PL", address.CountryCode);
        Assert.Equal("Rynek 58, 50-116 Wrocław", address.ToString());
    }

    [Fact]
    public void Construction_OtherCountry_KeepsCode()
    {
        Assert.Equal("DE", new PostalAddress("Unter den Linden 8", "10117", "Berlin", countryCode: "DE").CountryCode);
    }

    [Theory]
    [InlineData("street")]
    [InlineData("postalCode")]
    [InlineData("locality")]
    [InlineData("countryCode")]
    public void Construction_NullRequired_ThrowsArgumentNullForIt(string parameter)
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Make(parameter, null));

        Assert.Equal(parameter, ex.ParamName);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("Pl")]
    [InlineData("P")]
    [InlineData("POL")]
    [InlineData("P1")]
    [InlineData("ŁL")]
    [InlineData("")]
    [InlineData(" PL")]
    public void Construction_NotAnAlpha2Code_ThrowsArgumentForCountryCode(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new PostalAddress("Rynek 58", "50-116", "Wrocław", countryCode: code));

        Assert.Equal("countryCode", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("street", "postalCode", "locality", "region");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => Make(parameter, Text.Invalid[sample]));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("street", "locality", "region");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        var text = Text.Valid[sample];
        var address = Make(parameter, text);

        Text.AssertKeptExactly(text, parameter switch
        {
            "street" => address.Street,
            "locality" => address.Locality,
            _ => address.Region,
        });
    }

    private static PostalAddress Make(string parameter, string? value) => new(
        parameter == "street" ? value! : "Rynek 58",
        parameter == "postalCode" ? value! : "50-116",
        parameter == "locality" ? value! : "Wrocław",
        parameter == "region" ? value : "dolnośląskie",
        parameter == "countryCode" ? value! : "PL");
}
