using System.Globalization;
using NodaTime;
using Prb.Events.Samples.Web.Site;

namespace Prb.Events.Samples.Web.Tests.Site;

/// <summary>Dates in Polish and English: the genitive after a day number, the nominative capitalised for a month heading.</summary>
public class CultureDatesTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Month_InPolish_IsTheCapitalisedNominative()
    {
        Assert.Equal("Listopad 2011", CultureDates.Month(new YearMonth(2011, 11), Polish));
        Assert.Equal("Październik 2027", CultureDates.Month(new YearMonth(2027, 10), Polish));
    }

    [Fact]
    public void DayMonthYear_InPolish_IsTheGenitive()
    {
        Assert.Equal("9 listopada 2011", CultureDates.DayMonthYear(new LocalDate(2011, 11, 9), Polish));
        Assert.Equal("9 November 2011", CultureDates.DayMonthYear(new LocalDate(2011, 11, 9), English));
    }

    [Fact]
    public void Range_OfOneDay_IsThatDayOnce()
    {
        var day = new LocalDate(2011, 11, 9);
        Assert.Equal("środa, 9 listopada 2011", CultureDates.Range(day, day, Polish));
    }

    [Fact]
    public void Range_OfTwoDays_JoinsThemWithADash()
    {
        Assert.Equal("Monday, 10 May 2027 – Wednesday, 12 May 2027", CultureDates.Range(new LocalDate(2027, 5, 10), new LocalDate(2027, 5, 12), English));
    }
}
