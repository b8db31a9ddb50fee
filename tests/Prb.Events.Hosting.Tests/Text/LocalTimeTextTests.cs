using NodaTime;

namespace Prb.Events.Hosting.Tests.Text;

public class LocalTimeTextTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    [Fact]
    public void Format_OrdinaryTime_IsHoursAndMinutes() =>
        Assert.Equal("11:30", LocalTimeText.Format(new LocalDateTime(2011, 11, 9, 11, 30).InZoneStrictly(Warsaw)));

    [Fact]
    public void Format_RepeatedHour_AddsEachOffset()
    {
        var local = new LocalDateTime(2027, 10, 31, 2, 30);
        var first = local.InZone(Warsaw, NodaTime.TimeZones.Resolvers.LenientResolver);
        var second = Instant.FromUtc(2027, 10, 31, 1, 30).InZone(Warsaw);

        Assert.True(LocalTimeText.IsAmbiguous(first));
        Assert.Equal("02:30 (+02:00)–02:30 (+01:00)", LocalTimeText.FormatSpan(first, second));
    }

    [Fact]
    public void Format_EveryHourOfAYear_AddsAnOffsetOnlyInTheRepeatedHour()
    {
        var start = Instant.FromUtc(2027, 1, 1, 0, 0);
        var withOffset = 0;
        for (var i = 0; i < 365 * 24 * 2; i++)
        {
            var time = (start + Duration.FromMinutes(30 * i)).InZone(Warsaw);
            if (LocalTimeText.Format(time).Contains('('))
            {
                withOffset++;
                Assert.Equal(new LocalDate(2027, 10, 31), time.Date);
                Assert.Equal(2, time.Hour);
            }
        }

        Assert.Equal(4, withOffset);
    }
}
