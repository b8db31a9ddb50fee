using Prb.Events.Tests.Support;

namespace Prb.Events.Tests;

public sealed class VenueTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var address = Samples.DbpAddress();
        var geo = new GeoCoordinate(51.1105, 17.0312);
        var online = new Uri("https://meet.example.org/prb");

        var venue = new Venue("Dolnośląska Biblioteka Publiczna", address, geo, online);

        Assert.Equal("Dolnośląska Biblioteka Publiczna", venue.Name);
        Assert.Same(address, venue.Address);
        Assert.Equal(geo, venue.Geo);
        Assert.Equal(online, venue.OnlineUrl);
        Assert.Equal("Dolnośląska Biblioteka Publiczna, Rynek 58, 50-116 Wrocław", venue.ToString());
    }

    [Fact]
    public void Construction_OnlineOnly_HasNoAddress()
    {
        var venue = new Venue("Webinarium", onlineUrl: new Uri("https://meet.example.org/prb"));

        Assert.Null(venue.Address);
        Assert.Null(venue.Geo);
        Assert.Equal("Webinarium", venue.ToString());
    }

    [Fact]
    public void Construction_NullName_ThrowsArgumentNullForName()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Venue(null!));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Construction_RelativeOnlineUrl_ThrowsArgumentForOnlineUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Venue("Sala", onlineUrl: new Uri("/stream", UriKind.Relative)));

        Assert.Equal("onlineUrl", ex.ParamName);
    }

    public static TheoryData<string, int> InvalidText => Text.InvalidIn("name");

    [Theory]
    [MemberData(nameof(InvalidText))]
    public void Construction_InvalidText_ThrowsArgumentForIt(string parameter, int sample)
    {
        Text.AssertRejected(parameter, () => new Venue(Text.Invalid[sample]));
    }

    public static TheoryData<string, int> ValidText => Text.ValidIn("name");

    [Theory]
    [MemberData(nameof(ValidText))]
    public void Construction_ValidText_KeepsItExactly(string parameter, int sample)
    {
        Assert.Equal("name", parameter);
        Text.AssertKeptExactly(Text.Valid[sample], new Venue(Text.Valid[sample]).Name);
    }
}
