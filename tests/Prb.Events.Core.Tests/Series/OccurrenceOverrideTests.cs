using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class OccurrenceOverrideTests
{
    private static readonly LocalDate Tuesday = new(2027, 1, 12);

    [Fact]
    public void Construction_KeepsTheNewTimes()
    {
        var start = new EventTime(Tuesday.PlusDays(1).At(new LocalTime(18, 0)));
        var end = new EventTime(Tuesday.PlusDays(1).At(new LocalTime(20, 30)));

        var o = new OccurrenceOverride(Tuesday, start, end);

        Assert.Equal(start, o.Start);
        Assert.Equal(end, o.End);
        Assert.Null(o.Title);
        Assert.Null(o.Description);
        Assert.Null(o.Status);
    }

    [Fact]
    public void Construction_OriginalDateOutsideTheSupportedDates_Refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new OccurrenceOverride(new LocalDate(1, 1, 1), Tuesday.At(LocalTime.Noon), Tuesday.At(new LocalTime(13, 0))));

        Assert.Equal("originalDate", e.ParamName);
    }

    [Fact]
    public void Construction_InvalidDescription_RefusedNamingIt() =>
        Assert.Equal("description", Assert.Throws<ArgumentException>(() =>
            new OccurrenceOverride(Tuesday, Tuesday.At(LocalTime.Noon), Tuesday.At(new LocalTime(13, 0)), description: "a\0b")).ParamName);

    [Fact]
    public void Construction_EveryDefinedStatus_Kept()
    {
        foreach (var status in Enum.GetValues<EventStatus>())
        {
            Assert.Equal(status, new OccurrenceOverride(Tuesday, Tuesday.At(LocalTime.Noon), Tuesday.At(new LocalTime(13, 0)), status: status).Status);
        }
    }
}
