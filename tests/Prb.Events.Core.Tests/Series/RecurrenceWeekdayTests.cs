using NodaTime;

namespace Prb.Events.Tests.Series;

public sealed class RecurrenceWeekdayTests
{
    [Theory]
    [InlineData("TU", IsoDayOfWeek.Tuesday, 0, "TU")]
    [InlineData("1MO", IsoDayOfWeek.Monday, 1, "1MO")]
    [InlineData("+2WE", IsoDayOfWeek.Wednesday, 2, "2WE")]
    [InlineData("-1FR", IsoDayOfWeek.Friday, -1, "-1FR")]
    [InlineData("53SU", IsoDayOfWeek.Sunday, 53, "53SU")]
    public void Parse_RfcForms_RoundTrip(string text, IsoDayOfWeek day, int ordinal, string formatted)
    {
        var weekday = RecurrenceWeekday.Parse(text);

        Assert.Equal(new RecurrenceWeekday(day, ordinal), weekday);
        Assert.Equal(formatted, weekday.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("tu")]
    [InlineData("0MO")]
    [InlineData("54MO")]
    [InlineData("-54MO")]
    [InlineData("1 MO")]
    [InlineData("MON")]
    [InlineData("+MO")]
    [InlineData("1XX")]
    [InlineData("01MO")]
    [InlineData("+-1MO")]
    public void Parse_Invalid_FormatException(string text)
    {
        var e = Assert.Throws<FormatException>(() => RecurrenceWeekday.Parse(text));

        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NoDayOrOrdinalOutOfRange_Refused()
    {
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceWeekday(IsoDayOfWeek.None)).ParamName);
        Assert.Equal("ordinal", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceWeekday(IsoDayOfWeek.Monday, 54)).ParamName);
        Assert.Equal("ordinal", Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceWeekday(IsoDayOfWeek.Monday, -54)).ParamName);
    }
}
