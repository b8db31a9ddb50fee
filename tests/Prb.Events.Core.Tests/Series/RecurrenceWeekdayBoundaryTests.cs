using NodaTime;

namespace Prb.Events.Tests.Series;

/// <summary>The edges of the weekday form: the largest ordinals both ways, text that only looks like a number, the
/// message of a refusal, and which dates of a month are the first, the last and every such day.</summary>
public sealed class RecurrenceWeekdayBoundaryTests
{
    private static readonly LocalDate January = new(2027, 1, 1); // a Friday; January 2027 has 31 days

    [Theory]
    [InlineData("-53SU", -53)]
    [InlineData("+53MO", 53)]
    [InlineData("-9TH", -9)]
    public void Parse_LargestOrdinalsWithASign_Accepted(string text, int ordinal) =>
        Assert.Equal(ordinal, RecurrenceWeekday.Parse(text).Ordinal);

    [Fact]
    public void Parse_EveryDayCode_GivesItsDay()
    {
        var days = new[] { "MO", "TU", "WE", "TH", "FR", "SA", "SU" }.Select(code => RecurrenceWeekday.Parse(code).Day);

        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
            IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], days);
    }

    [Theory]
    [InlineData("1\0MO")]
    [InlineData("+100MO")]
    [InlineData("-0MO")]
    [InlineData("+0MO")]
    [InlineData("M")]
    [InlineData("1MOTU")]
    public void Parse_NumberThatIsNotAnOrdinal_FormatException(string text) =>
        Assert.Throws<FormatException>(() => RecurrenceWeekday.Parse(text));

    [Fact]
    public void Parse_Refused_MessageSaysWhatTheFormIs()
    {
        var e = Assert.Throws<FormatException>(() => RecurrenceWeekday.Parse("7XX"));

        Assert.Equal("'7XX' is not a day of the week such as TU, 1MO or -1FR (an ordinal from -53 to 53, not 0, and MO, TU, WE, TH, FR, SA or SU).", e.Message);
    }

    [Fact]
    public void Parse_Null_ArgumentNullException() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => RecurrenceWeekday.Parse(null!)).ParamName);

    [Fact]
    public void Construction_EdgesOfTheRanges_Accepted()
    {
        Assert.Equal(IsoDayOfWeek.Monday, new RecurrenceWeekday(IsoDayOfWeek.Monday, -53).Day);
        Assert.Equal(53, new RecurrenceWeekday(IsoDayOfWeek.Sunday, 53).Ordinal);
    }

    [Fact]
    public void Construction_OutOfRange_MessagesNameTheRanges()
    {
        var day = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceWeekday((IsoDayOfWeek)8));
        var ordinal = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurrenceWeekday(IsoDayOfWeek.Monday, 54));

        Assert.StartsWith("The day must be Monday to Sunday.", day.Message, StringComparison.Ordinal);
        Assert.Equal((IsoDayOfWeek)8, day.ActualValue);
        Assert.StartsWith("An ordinal runs from -53 to 53; 0 means every such day.", ordinal.Message, StringComparison.Ordinal);
        Assert.Equal(54, ordinal.ActualValue);
    }

    [Theory]
    [InlineData("FR", 1, true)]
    [InlineData("FR", 29, true)]
    [InlineData("FR", 30, false)]  // a Saturday
    [InlineData("1FR", 1, true)]
    [InlineData("1FR", 8, false)]
    [InlineData("2FR", 8, true)]
    [InlineData("1TH", 7, true)]   // the seventh day is still in the first week of the month
    [InlineData("2TH", 7, false)]
    [InlineData("2TH", 14, true)]
    [InlineData("5FR", 29, true)]
    [InlineData("-1FR", 29, true)]
    [InlineData("-1FR", 22, false)]
    [InlineData("-2FR", 22, true)]
    [InlineData("-5FR", 1, true)]
    [InlineData("-1SU", 31, true)]
    [InlineData("-1MO", 25, true)]  // the 25th is still in the last seven days
    [InlineData("-1SU", 24, false)] // the 24th is not
    [InlineData("-2SU", 24, true)]
    [InlineData("1FR", 29, false)]  // the last Friday is not the first
    [InlineData("-1FR", 1, false)]  // nor the first the last
    [InlineData("1SA", 1, false)]
    [InlineData("-1SA", 31, false)]
    public void Matches_OrdinalsCountWeeksFromEitherEndOfTheMonth(string weekday, int day, bool matches) =>
        Assert.Equal(matches, RecurrenceWeekday.Parse(weekday).Matches(January.PlusDays(day - 1), day, 31));

    [Fact]
    public void ToString_EveryDay_TwoLetterCode() =>
        Assert.Equal("MO,TU,WE,TH,FR,SA,SU,-3SU", string.Join(',',
            Enumerable.Range(1, 7).Select(d => new RecurrenceWeekday((IsoDayOfWeek)d)).Append(new RecurrenceWeekday(IsoDayOfWeek.Sunday, -3))));
}
