using NodaTime;
using Prb.Events.Ical.Internal;

namespace Prb.Events.Ical.Tests.Internal;

/// <summary>
/// Boundaries of the value parsers the importer uses (DATE, DATE-TIME, UTC-OFFSET, GEO, DURATION, INTEGER), one
/// behaviour each: the last value accepted and the first refused (found by mutation testing, see docs/mutation-testing.md).
/// </summary>
public class IcalValuesBoundaryTests
{
    // DATE-TIME

    [Theory]
    [InlineData("20260314T093005", false)]
    [InlineData("20260314T093005Z", true)]
    [InlineData("20260314t093005z", true)]
    public void Date_time_is_read_floating_or_utc(string text, bool utc)
    {
        Assert.True(IcalValues.TryParseDateTime(text, out var value, out var isUtc));
        Assert.Equal(new LocalDateTime(2026, 3, 14, 9, 30, 5), value);
        Assert.Equal(utc, isUtc);
    }

    [Theory]
    [InlineData("20260314T0930")]
    [InlineData("20260314T09300")]
    [InlineData("20260314T093005X")]
    [InlineData("20260314T093005Z0")]
    [InlineData("20260314 093005")]
    [InlineData("20260314X093005")]
    [InlineData("2026031AT093005")]
    [InlineData("20260314T0A3005")]
    [InlineData("20260314T09A005")]
    [InlineData("20260314T09300A")]
    public void Date_time_of_the_wrong_shape_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseDateTime(text, out _, out _));
    }

    [Fact]
    public void Date_time_at_the_last_hour_minute_and_second_of_a_day_is_read()
    {
        Assert.True(IcalValues.TryParseDateTime("20261231T235959", out var value, out _));
        Assert.Equal(new LocalDateTime(2026, 12, 31, 23, 59, 59), value);
    }

    [Theory]
    [InlineData("20260314T240000")]
    [InlineData("20260314T236000")]
    [InlineData("20260314T235961")]
    public void Date_time_past_the_last_hour_minute_or_leap_second_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseDateTime(text, out _, out _));
    }

    [Fact]
    public void Leap_second_is_read_as_the_last_second_of_its_minute()
    {
        Assert.True(IcalValues.TryParseDateTime("20161231T235960Z", out var value, out var isUtc));
        Assert.Equal(new LocalDateTime(2016, 12, 31, 23, 59, 59), value);
        Assert.True(isUtc);
    }

    [Fact]
    public void Date_time_with_an_impossible_date_is_refused()
    {
        Assert.False(IcalValues.TryParseDateTime("20260230T100000", out _, out _));
    }

    // DATE

    [Theory]
    [InlineData("00010101", 1, 1, 1)]
    [InlineData("20241231", 2024, 12, 31)]
    [InlineData("20240229", 2024, 2, 29)]
    [InlineData("20260131", 2026, 1, 31)]
    public void Date_is_read_up_to_the_last_day_of_its_month(string text, int year, int month, int day)
    {
        Assert.True(IcalValues.TryParseDate(text, out var value));
        Assert.Equal(new LocalDate(year, month, day), value);
    }

    [Theory]
    [InlineData("00000101")]
    [InlineData("20260001")]
    [InlineData("20261301")]
    [InlineData("20260100")]
    [InlineData("20260132")]
    [InlineData("20250229")]
    [InlineData("20260431")]
    [InlineData("2026011")]
    [InlineData("202601011")]
    [InlineData("2O260101")]
    [InlineData("20260A01")]
    [InlineData("202601A1")]
    public void Date_that_is_not_a_calendar_day_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseDate(text, out _));
    }

    // UTC-OFFSET

    [Theory]
    [InlineData("+0000", 0)]
    [InlineData("-0000", 0)]
    [InlineData("+0545", (5 * 3600) + (45 * 60))]
    [InlineData("-0330", -((3 * 3600) + (30 * 60)))]
    [InlineData("+012405", 3600 + (24 * 60) + 5)]
    [InlineData("-001959", -((19 * 60) + 59))]
    [InlineData("+1800", 18 * 3600)]
    [InlineData("-1800", -18 * 3600)]
    [InlineData("+175959", (18 * 3600) - 1)]
    [InlineData(" +0100 ", 3600)]
    public void Utc_offset_is_read_with_its_sign_and_seconds(string text, int seconds)
    {
        Assert.True(IcalValues.TryParseOffset(text, out var value));
        Assert.Equal(Offset.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("+2400")]
    [InlineData("+2359")]
    [InlineData("-1900")]
    [InlineData("+180001")]
    [InlineData("-1801")]
    [InlineData("+0060")]
    [InlineData("+000060")]
    [InlineData("0100")]
    [InlineData("*0100")]
    [InlineData("+010")]
    [InlineData("+01000")]
    [InlineData("+0100000")]
    [InlineData("+A100")]
    [InlineData("+01A0")]
    [InlineData("+01000A")]
    public void Utc_offset_of_the_wrong_shape_or_out_of_range_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseOffset(text, out _));
    }

    // GEO

    [Theory]
    [InlineData("90;180", 90, 180)]
    [InlineData("-90;-180", -90, -180)]
    [InlineData(" 52.2297 ; 21.0122 ", 52.2297, 21.0122)]
    public void Geo_is_read_up_to_the_poles_and_the_antimeridian(string text, double latitude, double longitude)
    {
        Assert.True(IcalValues.TryParseGeo(text, out var value));
        Assert.Equal(new GeoCoordinate(latitude, longitude), value);
    }

    [Theory]
    [InlineData("90.000001;0")]
    [InlineData("-90.000001;0")]
    [InlineData("0;180.000001")]
    [InlineData("0;-180.000001")]
    [InlineData("NaN;0")]
    [InlineData("0;NaN")]
    [InlineData("1e1;0")]
    [InlineData("0;1e1")]
    [InlineData("1;2;3")]
    [InlineData("1")]
    [InlineData("a;0")]
    public void Geo_out_of_range_or_of_the_wrong_shape_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseGeo(text, out _));
    }

    // DURATION

    [Theory]
    [InlineData("P1W", 7, 0)]
    [InlineData("P2D", 2, 0)]
    [InlineData("P1W2D", 9, 0)]
    [InlineData("PT1H", 0, 3600)]
    [InlineData("PT2M", 0, 120)]
    [InlineData("PT3S", 0, 3)]
    [InlineData("PT1H30S", 0, 3630)]
    [InlineData("P1DT15M", 1, 900)]
    [InlineData("P1DT2H3M4S", 1, 7384)]
    [InlineData("+P1D", 1, 0)]
    [InlineData("-P1DT1S", -1, -1)]
    [InlineData("-PT15M", 0, -900)]
    [InlineData(" p1dt1h ", 1, 3600)]
    [InlineData("P0D", 0, 0)]
    [InlineData("PT999999999999S", 0, 999_999_999_999)]
    public void Duration_is_read_into_nominal_days_and_exact_seconds(string text, long days, long seconds)
    {
        Assert.True(IcalValues.TryParseDuration(text, out var value));
        Assert.Equal(new IcalDuration(days, seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1")]
    [InlineData("Q1D")]
    [InlineData("1D")]
    [InlineData("P1DT")]
    [InlineData("P1D1H")]
    [InlineData("P1DX1H")]
    [InlineData("P1D2D")]
    [InlineData("P1D1W")]
    [InlineData("PT1M1H")]
    [InlineData("PT1H1H")]
    [InlineData("PT1S1M")]
    [InlineData("PT1D")]
    [InlineData("P1H")]
    [InlineData("PT1H2")]
    [InlineData("PT1HX")]
    [InlineData("P1DTX")]
    [InlineData("P1T1H")]
    [InlineData("P1X")]
    [InlineData("PT1000000000000S")]
    [InlineData("PX")]
    [InlineData("PXD")]
    public void Duration_of_the_wrong_shape_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseDuration(text, out _));
    }

    // INTEGER

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData(" 12 ", 12)]
    [InlineData("+3", 3)]
    public void Count_is_a_non_negative_integer(string text, int expected)
    {
        Assert.True(IcalValues.TryParseCount(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("x")]
    [InlineData("")]
    public void Count_that_is_negative_or_not_an_integer_is_refused(string text)
    {
        Assert.False(IcalValues.TryParseCount(text, out _));
    }
}
