using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Libraries;

public sealed class MunicipalityTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var municipality = new Municipality("Twardogóra", MunicipalityType.UrbanRural, Voivodeship.Dolnoslaskie);

        Assert.Equal("Twardogóra", municipality.Name);
        Assert.Equal(MunicipalityType.UrbanRural, municipality.Type);
        Assert.Equal(Voivodeship.Dolnoslaskie, municipality.Voivodeship);
        Assert.Equal("Twardogóra", municipality.ToString());
    }

    [Fact]
    public void Voivodeship_HasSixteenValues() => Assert.Equal(16, Enum.GetValues<Voivodeship>().Length);

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Municipality(null!, MunicipalityType.Rural, Voivodeship.Opolskie));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedType_ThrowsArgumentOutOfRangeForType()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality("Gmina", (MunicipalityType)3, Voivodeship.Opolskie));

        Assert.Equal("type", ex.ParamName);
    }

    [Fact]
    public void Construction_UndefinedVoivodeship_ThrowsArgumentOutOfRangeForVoivodeship()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Municipality("Gmina", MunicipalityType.Rural, (Voivodeship)16));

        Assert.Equal("voivodeship", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new Municipality(Text.Invalid[sample], MunicipalityType.Rural, Voivodeship.Opolskie));
    }
}
