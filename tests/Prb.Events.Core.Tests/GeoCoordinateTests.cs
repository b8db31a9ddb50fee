using System.Globalization;

namespace Prb.Events.Tests;

public sealed class GeoCoordinateTests
{
    [Theory]
    [InlineData(51.1105, 17.0312)]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    [InlineData(0, 0)]
    [InlineData(-31.5554, 159.0821)]
    public void Construction_InRange_KeepsValues(double latitude, double longitude)
    {
        var geo = new GeoCoordinate(latitude, longitude);

        Assert.Equal(latitude, geo.Latitude);
        Assert.Equal(longitude, geo.Longitude);
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.0001)]
    [InlineData(180)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Construction_LatitudeOutOfRange_ThrowsArgumentOutOfRangeForLatitude(double latitude)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinate(latitude, 17));

        Assert.Equal("latitude", ex.ParamName);
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-180.0001)]
    [InlineData(360)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Construction_LongitudeOutOfRange_ThrowsArgumentOutOfRangeForLongitude(double longitude)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinate(51, longitude));

        Assert.Equal("longitude", ex.ParamName);
    }

    [Fact]
    public void ToString_UnderPolishCulture_UsesInvariantDigits()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("pl-PL");

            Assert.Equal("51.1105;17.0312", new GeoCoordinate(51.1105, 17.0312).ToString());
            Assert.Equal("-31.5;-0.25", new GeoCoordinate(-31.5, -0.25).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Equality_ByValue()
    {
        Assert.Equal(new GeoCoordinate(51.1, 17.0), new GeoCoordinate(51.1, 17.0));
        Assert.NotEqual(new GeoCoordinate(51.1, 17.0), new GeoCoordinate(17.0, 51.1));
    }
}
