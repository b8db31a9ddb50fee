using Prb.Events.Tests.Support;

namespace Prb.Events.Tests.Contests;

public sealed class ContestResultTests
{
    [Fact]
    public void Construction_PlaceAndPrize_KeepsValues()
    {
        var result = new ContestResult(1, null, "nagroda pieniężna");

        Assert.Equal(1, result.Place);
        Assert.Null(result.Distinction);
        Assert.Equal("nagroda pieniężna", result.Prize);
    }

    [Fact]
    public void Construction_DistinctionOnly_IsAResult()
    {
        var result = new ContestResult(distinction: "wyróżnienie");

        Assert.Null(result.Place);
        Assert.Equal("wyróżnienie", result.Distinction);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Construction_PlaceNotPositive_ThrowsArgumentOutOfRangeForPlace(int place)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ContestResult(place, "wyróżnienie"));

        Assert.Equal("place", ex.ParamName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Construction_NeitherPlaceNorDistinction_ThrowsArgumentForDistinction(string? distinction)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ContestResult(null, distinction, "nagroda"));

        Assert.Equal("distinction", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("distinction", "prize");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        var text = Text.Invalid[sample];
        Text.AssertRejected(parameter, () => new ContestResult(1, parameter == "distinction" ? text : null, parameter == "prize" ? text : null));
    }
}
