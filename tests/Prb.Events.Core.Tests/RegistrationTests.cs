using NodaTime;

namespace Prb.Events.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void Construction_KeepsValues()
    {
        var deadline = new EventTime(new LocalDateTime(2011, 11, 4, 15, 0));
        var fees = new[] { new FeeTier("wczesna", 100m, "PLN"), new FeeTier("późna", 150m, "PLN") };
        var url = new Uri("https://www.wbp.wroc.pl/rejestracja");

        var registration = new Registration(deadline, 120, fees, url);

        Assert.Equal(deadline, registration.Deadline);
        Assert.Equal(120, registration.Capacity);
        Assert.Equal(fees, registration.Fees);
        Assert.Equal(url, registration.Url);
    }

    [Fact]
    public void Construction_Defaults_AreFreeAndOpen()
    {
        var registration = new Registration();

        Assert.Null(registration.Deadline);
        Assert.Null(registration.Capacity);
        Assert.Empty(registration.Fees);
        Assert.Null(registration.Url);
    }

    [Fact]
    public void Construction_FeesAreCopied()
    {
        var fees = new List<FeeTier> { new("udział", 0m, "PLN") };
        var registration = new Registration(fees: fees);

        fees.Add(new FeeTier("inny", 1m, "PLN"));

        Assert.Single(registration.Fees);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Construction_CapacityNotPositive_ThrowsArgumentOutOfRangeForCapacity(int capacity)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Registration(capacity: capacity));

        Assert.Equal("capacity", ex.ParamName);
    }

    [Fact]
    public void Construction_NullFee_ThrowsArgumentForFees()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Registration(fees: [new FeeTier("a", 1m, "PLN"), null!]));

        Assert.Equal("fees", ex.ParamName);
    }

    [Fact]
    public void Construction_RelativeUrl_ThrowsArgumentForUrl()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Registration(url: new Uri("rejestracja", UriKind.Relative)));

        Assert.Equal("url", ex.ParamName);
    }
}
