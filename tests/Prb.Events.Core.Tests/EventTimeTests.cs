using NodaTime;

namespace Prb.Events.Tests;

public sealed class EventTimeTests
{
    private static readonly LocalDateTime TenOClock = new(2011, 11, 9, 10, 0);

    [Fact]
    public void Construction_LocalOnly_HasNoOffset()
    {
        var time = new EventTime(TenOClock);

        Assert.Equal(TenOClock, time.Local);
        Assert.Null(time.Offset);
        Assert.Equal(new LocalDate(2011, 11, 9), time.Date);
    }

    [Fact]
    public void Construction_WithOffset_KeepsIt()
    {
        var time = new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(1));

        Assert.Equal(Offset.FromHours(1), time.Offset);
    }

    [Fact]
    public void Conversion_FromLocalDateTime_HasNoOffset()
    {
        EventTime implicitly = TenOClock;

        Assert.Equal(new EventTime(TenOClock), implicitly);
        Assert.Equal(new EventTime(TenOClock), EventTime.FromLocalDateTime(TenOClock));
    }

    [Theory]
    [InlineData("2011-11-09T10:00", 2011, 11, 9, 10, 0, 0)]
    [InlineData("2011-11-09T10:00:00", 2011, 11, 9, 10, 0, 0)]
    [InlineData("2011-11-09T10:00:30", 2011, 11, 9, 10, 0, 30)]
    [InlineData("2027-03-28T23:59:59", 2027, 3, 28, 23, 59, 59)]
    public void Parse_LocalForm_HasNoOffset(string text, int year, int month, int day, int hour, int minute, int second)
    {
        var time = EventTime.Parse(text);

        Assert.Equal(new LocalDateTime(year, month, day, hour, minute, second), time.Local);
        Assert.Null(time.Offset);
    }

    [Fact]
    public void Parse_FractionOfSecond_IsKept()
    {
        var time = EventTime.Parse("2011-11-09T10:00:00.5");

        Assert.Equal(new LocalDateTime(2011, 11, 9, 10, 0).PlusMilliseconds(500), time.Local);
    }

    [Theory]
    [InlineData("2027-10-31T02:30+01:00", 1)]
    [InlineData("2027-10-31T02:30+02:00", 2)]
    [InlineData("2027-10-31T02:30:00+01:00", 1)]
    [InlineData("2027-10-31T02:30Z", 0)]
    [InlineData("2027-10-31T02:30:00Z", 0)]
    [InlineData("2027-10-31T02:30-05:00", -5)]
    public void Parse_WithOffset_KeepsLocalAndOffset(string text, int offsetHours)
    {
        var time = EventTime.Parse(text);

        Assert.Equal(new LocalDateTime(2027, 10, 31, 2, 30), time.Local);
        Assert.Equal(Offset.FromHours(offsetHours), time.Offset);
    }

    [Fact]
    public void Parse_HalfHourOffset_KeepsIt()
    {
        var time = EventTime.Parse("2027-04-04T01:45+10:30");

        Assert.Equal(Offset.FromHoursAndMinutes(10, 30), time.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2011-11-09")]
    [InlineData("10:00")]
    [InlineData("2011-11-09 10:00")]
    [InlineData("09.11.2011 10:00")]
    [InlineData("2011-13-01T10:00")]
    [InlineData("2011-11-09T25:00")]
    [InlineData("2011-11-09T10")]
    [InlineData("2011-11-09T10:00 Europe/Warsaw")]
    public void Parse_NotTheDocumentForm_ThrowsFormat(string text)
    {
        Assert.Throws<FormatException>(() => EventTime.Parse(text));
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullForText()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => EventTime.Parse(null!));

        Assert.Equal("text", ex.ParamName);
    }

    public static TheoryData<EventTime> RoundTripTimes => new()
    {
        new EventTime(new LocalDateTime(2011, 11, 9, 10, 0)),
        new EventTime(new LocalDateTime(2011, 11, 9, 10, 0, 30)),
        new EventTime(new LocalDateTime(2011, 11, 9, 10, 0).PlusNanoseconds(123_456_789)),
        new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.FromHours(1)),
        new EventTime(new LocalDateTime(2027, 10, 31, 2, 30), Offset.Zero),
        new EventTime(new LocalDateTime(2027, 4, 4, 1, 45), Offset.FromHoursAndMinutes(10, 30)),
    };

    [Theory]
    [MemberData(nameof(RoundTripTimes))]
    public void ToString_ParsesBackToTheSameTime(EventTime time)
    {
        Assert.Equal(time, EventTime.Parse(time.ToString()));
    }

    [Fact]
    public void ToString_LocalTime_StartsWithTheIsoDateAndTime()
    {
        Assert.StartsWith("2011-11-09T10:00", new EventTime(TenOClock).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_SameLocalDifferentOffset_IsNotEqual()
    {
        var local = new LocalDateTime(2027, 10, 31, 2, 30);

        Assert.NotEqual(new EventTime(local, Offset.FromHours(1)), new EventTime(local, Offset.FromHours(2)));
        Assert.NotEqual(new EventTime(local), new EventTime(local, Offset.FromHours(2)));
        Assert.Equal(new EventTime(local, Offset.FromHours(2)), new EventTime(local, Offset.FromHours(2)));
    }

    [Fact]
    public void CompareTo_DifferentLocalTimes_OrdersByLocalTime()
    {
        EventTime earlier = new LocalDateTime(2011, 11, 9, 10, 0);
        var later = new EventTime(new LocalDateTime(2011, 11, 9, 10, 1), Offset.FromHours(14));

        Assert.True(earlier.CompareTo(later) < 0);
        Assert.True(later.CompareTo(earlier) > 0);
        Assert.True(earlier < later);
        Assert.True(earlier <= later);
        Assert.True(later > earlier);
        Assert.True(later >= earlier);
        Assert.False(earlier > later);
    }

    [Fact]
    public void CompareTo_SameLocalTime_PutsNoOffsetFirstThenTheEarlierInstant()
    {
        var local = new LocalDateTime(2027, 10, 31, 2, 30);
        var plain = new EventTime(local);
        var summer = new EventTime(local, Offset.FromHours(2)); // 00:30 UTC: the first 02:30
        var winter = new EventTime(local, Offset.FromHours(1)); // 01:30 UTC: the second 02:30

        var sorted = new[] { winter, summer, plain }.Order().ToArray();

        Assert.Equal([plain, summer, winter], sorted);
        Assert.Equal(0, plain.CompareTo(new EventTime(local)));
        Assert.True(summer <= winter);
        Assert.True(winter >= summer);
    }

    [Fact]
    public void CompareTo_OffsetsOfTheSameLocalTime_AgreesWithInstants()
    {
        var local = new LocalDateTime(2027, 10, 31, 2, 30);
        var offsets = new[] { -5, 0, 1, 2, 11 }.Select(Offset.FromHours).ToArray();
        foreach (var a in offsets)
        {
            foreach (var b in offsets)
            {
                var byInstant = new OffsetDateTime(local, a).ToInstant().CompareTo(new OffsetDateTime(local, b).ToInstant());
                Assert.Equal(Math.Sign(byInstant), Math.Sign(new EventTime(local, a).CompareTo(new EventTime(local, b))));
            }
        }
    }
}
