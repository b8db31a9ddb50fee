using NodaTime;
using Prb.Events.Schedules;

namespace Prb.Events.Schedules.Tests;

/// <summary>The exact text of every time, date and duration in schedule.xml and schedule.json.</summary>
public class ScheduleTimesTests
{
    private static ZonedDateTime At(int hours, int minutes, int seconds, LocalDateTime local) =>
        local.InZoneStrictly(DateTimeZone.ForOffset(Offset.FromHoursAndMinutes(hours, minutes) + Offset.FromSeconds(seconds)));

    private static readonly LocalDateTime Ten = new(2027, 10, 30, 10, 0);

    [Theory]
    [InlineData(0, 0, "00:00")]
    [InlineData(0, 5, "00:05")]
    [InlineData(1, 30, "01:30")]
    [InlineData(10, 0, "10:00")]
    [InlineData(23, 59, "23:59")]
    [InlineData(24, 0, "24:00")]
    [InlineData(99, 59, "99:59")]
    public void Duration_is_written_with_two_digit_hours_and_minutes(int hours, int minutes, string expected)
    {
        Assert.Equal(expected, ScheduleTimes.HoursAndMinutes(Duration.FromHours(hours) + Duration.FromMinutes(minutes)));
    }

    [Fact]
    public void Duration_drops_its_seconds_and_fractions_without_rounding_up()
    {
        Assert.Equal("01:30", ScheduleTimes.HoursAndMinutes(Duration.FromMinutes(91) - Duration.FromNanoseconds(100)));
        Assert.Equal("00:00", ScheduleTimes.HoursAndMinutes(Duration.FromSeconds(59)));
        Assert.Equal(90, ScheduleTimes.WholeMinutes(Duration.FromMinutes(90) + Duration.FromSeconds(59)));
    }

    [Fact]
    public void Duration_fits_below_100_hours_and_not_from_100_hours_on()
    {
        Assert.True(ScheduleTimes.FitsHoursAndMinutes(Duration.FromHours(100) - Duration.FromMinutes(1)));
        Assert.True(ScheduleTimes.FitsHoursAndMinutes(Duration.FromHours(100) - Duration.FromSeconds(1)));
        Assert.False(ScheduleTimes.FitsHoursAndMinutes(Duration.FromHours(100)));
        Assert.False(ScheduleTimes.FitsHoursAndMinutes(Duration.FromHours(1000)));
    }

    [Fact]
    public void Time_is_written_with_its_offset_and_seconds_and_a_zero_offset_as_plus_00_00()
    {
        Assert.Equal("2027-10-30T10:00:00+01:00", ScheduleTimes.WithOffset(At(1, 0, 0, Ten)));
        Assert.Equal("2027-10-30T10:00:00+00:00", ScheduleTimes.WithOffset(At(0, 0, 0, Ten)));
        Assert.Equal("2027-10-30T10:00:00-09:30", ScheduleTimes.WithOffset(At(-9, -30, 0, Ten)));
        Assert.Equal("2027-10-30T10:00:00+05:45", ScheduleTimes.WithOffset(At(5, 45, 0, Ten)));
    }

    [Fact]
    public void Time_with_a_fraction_of_a_second_keeps_it_without_trailing_zeros()
    {
        Assert.Equal("2027-10-30T10:00:07.5+02:00", ScheduleTimes.WithOffset(At(2, 0, 0, Ten.PlusSeconds(7).PlusMilliseconds(500))));
        Assert.Equal("2027-10-30T10:00:00.000000001+02:00", ScheduleTimes.WithOffset(At(2, 0, 0, Ten.PlusNanoseconds(1))));
    }

    [Fact]
    public void Offsets_of_plus_and_minus_14_hours_are_kept()
    {
        Assert.Equal("2027-10-30T10:00:00+14:00", ScheduleTimes.WithOffset(At(14, 0, 0, Ten)));
        Assert.Equal("2027-10-30T10:00:00-14:00", ScheduleTimes.WithOffset(At(-14, 0, 0, Ten)));
    }

    [Fact]
    public void Offsets_beyond_14_hours_are_written_as_the_same_instant_in_utc()
    {
        Assert.Equal("2027-10-29T19:59:00+00:00", ScheduleTimes.WithOffset(At(14, 1, 0, Ten)));
        Assert.Equal("2027-10-31T00:01:00+00:00", ScheduleTimes.WithOffset(At(-14, -1, 0, Ten)));
        Assert.Equal("2027-10-29T18:00:00+00:00", ScheduleTimes.WithOffset(At(16, 0, 0, Ten)));
    }

    [Fact]
    public void Offsets_with_seconds_are_written_as_the_same_instant_in_utc()
    {
        Assert.Equal("2027-10-30T10:25:21+00:00", ScheduleTimes.WithOffset(At(0, 0, -1521, Ten)));
        Assert.Equal("2027-10-30T08:58:59+00:00", ScheduleTimes.WithOffset(At(1, 1, 1, Ten)));
    }

    [Fact]
    public void Dates_and_wall_clock_starts_have_fixed_widths()
    {
        Assert.Equal("0001-01-01", ScheduleTimes.Date(new LocalDate(1, 1, 1)));
        Assert.Equal("2027-03-09", ScheduleTimes.Date(new LocalDate(2027, 3, 9)));
        Assert.Equal("00:05", ScheduleTimes.WallClock(At(1, 0, 0, new LocalDateTime(2027, 3, 9, 0, 5, 59))));
        Assert.Equal("09:00", ScheduleTimes.WallClock(At(1, 0, 0, new LocalDateTime(2027, 3, 9, 9, 0))));
        Assert.Equal("23:59", ScheduleTimes.WallClock(At(-14, 0, 0, new LocalDateTime(2027, 3, 9, 23, 59))));
    }
}
